using K8sFootprint.Benchmarking;
using static K8sFootprint.IntegrationTests.Console.MeasureCommandTests;

namespace K8sFootprint.IntegrationTests.Console;

/// <summary><c>measure --runs</c> and <c>summarize</c> as a user runs them, measuring this machine.</summary>
public sealed class RepeatedRunsCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("k8sfp-runs-").FullName;

    private string Store => Path.Combine(_directory, "results.jsonl");

    [Fact]
    public async Task MeasureRuns_ThenMoreRuns_ResumesAfterTheStoredRunsAndSummarises()
    {
        var (first, _, firstErr) = await RunAsync("measure", "--window", "2s", "--interval", "1s", "--runs", "2",
            "--results", Store, "--name", "this-host");
        var (second, stdout, stderr) = await RunAsync("measure", "--window", "2s", "--interval", "1s", "--runs", "3",
            "--results", Store, "--name", "this-host");
        using var store = new ResultStore(Store);
        var contents = await store.ReadAsync(TestContext.Current.CancellationToken);

        Assert.True(first == 0, firstErr);
        Assert.True(second == 0, stderr);
        Assert.Equal([1, 2, 3], contents.Runs.Select(r => r.Run));
        Assert.All(contents.Runs, r => Assert.NotNull(r.Footprint));
        Assert.Contains("2 run(s) of 'this-host' are already in", stderr, StringComparison.Ordinal);
        Assert.Contains("Stored run 3 of 'this-host'", stderr, StringComparison.Ordinal);
        Assert.Matches(@"memory\s+│ this-host │ 3 ", stdout);
    }

    [Fact]
    public async Task Summarize_StoreAndCsv_PrintsTheSummaryAndTheComparisonWithTheBaseline()
    {
        string csv = Path.Combine(_directory, "lab.csv");
        await File.WriteAllTextAsync(csv, """
            target,run,metric,value,unit
            kubeadm,1,memory,1000000000,bytes
            kubeadm,2,memory,1010000000,bytes
            kubeadm,3,memory,990000000,bytes
            talos,1,memory,930000000,bytes
            talos,2,memory,925000000,bytes
            talos,3,memory,935000000,bytes
            """, TestContext.Current.CancellationToken);
        string exported = Path.Combine(_directory, "out.csv");

        var (exit, stdout, stderr) = await RunAsync("summarize", csv, "--csv", exported);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Against kubeadm", stdout, StringComparison.Ordinal);
        Assert.Contains("7 % less memory than kubeadm", stdout, StringComparison.Ordinal);
        Assert.Equal(7, (await File.ReadAllLinesAsync(exported, TestContext.Current.CancellationToken)).Length);
    }

    [Fact]
    public async Task Report_StoreOfMeasuredRuns_WritesMarkdownWithHostsAndTheRunsAsCsv()
    {
        await RunAsync("measure", "--window", "2s", "--interval", "1s", "--runs", "2", "--results", Store,
            "--name", "this-host");
        string folder = Path.Combine(_directory, "report");

        var (exit, _, stderr) = await RunAsync("report", Store, "--out", folder);

        Assert.True(exit == 0, stderr);
        string report = await File.ReadAllTextAsync(Path.Combine(folder, "report.md"),
            TestContext.Current.CancellationToken);
        Assert.Contains("## Memory (`memory`, bytes)", report, StringComparison.Ordinal);
        Assert.Matches(@"\| this-host \| 2 \| [0-9.]+ [KMG]iB \|", report);
        Assert.Contains("## Hosts", report, StringComparison.Ordinal);
        Assert.StartsWith("target,run,metric,value,unit",
            await File.ReadAllTextAsync(Path.Combine(folder, "runs.csv"), TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
        using var analysis = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(
            Path.Combine(folder, "analysis.json"), TestContext.Current.CancellationToken));
        Assert.Equal("this-host", analysis.RootElement.GetProperty("targets")[0].GetString());
    }

    [Fact]
    public async Task Summarize_TornLastLine_WarnsAndSummarisesTheRest()
    {
        await RunAsync("measure", "--window", "2s", "--interval", "1s", "--runs", "2", "--results", Store,
            "--name", "k3s");
        await File.AppendAllTextAsync(Store, "{\"schemaVersion\":1,\"target\":\"k3s\",\"ru",
            TestContext.Current.CancellationToken);

        var (exit, stdout, stderr) = await RunAsync("summarize", Store);

        Assert.True(exit == 0, stderr);
        Assert.Contains("line 3", stderr, StringComparison.Ordinal);
        Assert.Contains("cut short", stderr, StringComparison.Ordinal);
        Assert.Matches(@"memory\s+│ k3s\s+│ 2 ", stdout);
    }

    [Theory]
    [InlineData("--baseline", "rke2", "'rke2' is not among the targets")]
    [InlineData("--bootstrap-seed", "x", "'--bootstrap-seed' expects a whole number")]
    [InlineData("--csv", "/nonexistent-dir/out.csv", "Option '--csv'")]
    public async Task Summarize_BadOption_FailsNamingTheValue(string option, string value, string expected)
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "a.csv"),
            "target,run,metric,value,unit\nk3s,1,memory,1,bytes\n", TestContext.Current.CancellationToken);

        var (exit, _, stderr) = await RunAsync("summarize", Path.Combine(_directory, "a.csv"), option, value);

        Assert.NotEqual(0, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_MissingOrMalformedFile_ExitsTwoNamingTheFileAndLine()
    {
        string bad = Path.Combine(_directory, "bad.csv");
        await File.WriteAllTextAsync(bad, "target,run,metric,value,unit\nk3s,1,memory,lots,bytes\n",
            TestContext.Current.CancellationToken);

        var missing = await RunAsync("summarize", Path.Combine(_directory, "none.jsonl"));
        var malformed = await RunAsync("summarize", bad);

        Assert.Equal(2, missing.Exit);
        Assert.Contains("none.jsonl' does not exist", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, malformed.Exit);
        Assert.Contains("line 2", malformed.Stderr, StringComparison.Ordinal);
        Assert.Contains("got 'lots'", malformed.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--target", "five", "'five'")]
    [InlineData("--target", "150%", "'150%'")]
    [InlineData("--runs", "0", "'0'")]
    [InlineData("--max-runs", "1", "'--max-runs' expects a whole number from 2")]
    [InlineData("--name", "", "non-empty name")]
    public async Task MeasureRuns_BadRepetitionOption_FailsBeforeMeasuring(string option, string value, string expected)
    {
        var (exit, _, stderr) = await RunAsync("measure", "--window", "2s", "--interval", "1s", "--adaptive",
            "--results", Store, option, value);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("[Recording]", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public async Task Summarize_CsvOutputIsTheInput_RefusesAndLeavesTheStoreAlone()
    {
        await RunAsync("measure", "--window", "2s", "--interval", "1s", "--runs", "1", "--results", Store);
        byte[] before = await File.ReadAllBytesAsync(Store, TestContext.Current.CancellationToken);

        var (exit, _, stderr) = await RunAsync("summarize", Store, "--csv", Store);

        Assert.Equal(2, exit);
        Assert.Contains("names the input file", stderr, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(Store, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MeasureRuns_ResultsFileIsNotAStore_RefusesBeforeMeasuring()
    {
        string csv = Path.Combine(_directory, "lab.csv");
        await File.WriteAllTextAsync(csv, "target,run,metric,value,unit\nk3s,1,memory,1,bytes\n",
            TestContext.Current.CancellationToken);

        var (exit, _, stderr) = await RunAsync("measure", "--window", "2s", "--interval", "1s", "--runs", "2",
            "--results", csv);

        Assert.Equal(2, exit);
        Assert.Contains("is not a result store", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("[Recording]", stderr, StringComparison.Ordinal);
        Assert.Equal("target,run,metric,value,unit\nk3s,1,memory,1,bytes\n",
            await File.ReadAllTextAsync(csv, TestContext.Current.CancellationToken));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
