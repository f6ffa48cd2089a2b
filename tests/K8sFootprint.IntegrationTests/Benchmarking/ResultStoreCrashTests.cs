using System.Diagnostics;
using K8sFootprint.Benchmarking;

namespace K8sFootprint.IntegrationTests.Benchmarking;

/// <summary>The result store under real crashes: a child process appending large records is killed (SIGKILL)
/// several times mid-series and resumed each time.</summary>
public sealed class ResultStoreCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int MetricsPerRun = 40_000;
    private readonly string _directory = Directory.CreateTempSubdirectory("k8sfp-crash-").FullName;

    [Fact]
    public async Task KilledWhileAppending_ReloadsEveryFinishedRunAndResumesWithoutDuplicates()
    {
        string path = Path.Combine(_directory, "results.jsonl");
        var random = new Random(20261203);
        int stored = 0;
        int torn = 0;

        for (int kill = 0; kill < 6; kill++)
        {
            using var child = Start(path, runs: 10_000);
            await WaitForResumeAsync(child);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(150, 700)), TimeProvider.System,
                TestContext.Current.CancellationToken);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);

            var contents = await Read(path);
            torn += contents.Problems.Count(p => p.Kind == StoreProblemKind.TornLine);
            Assert.DoesNotContain(contents.Problems, p => p.Kind != StoreProblemKind.TornLine);
            AssertRunsOneToN(contents);
            Assert.True(contents.Runs.Count >= stored, $"run count fell from {stored} to {contents.Runs.Count}");
            stored = contents.Runs.Count;
            output.WriteLine($"kill {kill + 1}: {stored} runs stored, torn last line: {contents.Problems.Count > 0}");
        }

        using var last = Start(path, runs: stored + 3);
        await last.WaitForExitAsync(TestContext.Current.CancellationToken);
        var final = await Read(path);

        Assert.Equal(0, last.ExitCode);
        Assert.Empty(final.Problems);
        AssertRunsOneToN(final);
        Assert.Equal(stored + 3, final.Runs.Count);
        Assert.True(stored > 0, "no run finished before the kills");
        output.WriteLine($"{torn} of 6 kills left a torn last line; {final.Runs.Count} runs at the end");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Runs 1..N of the target, each once, each whole.</summary>
    private static void AssertRunsOneToN(ResultStoreContents contents)
    {
        Assert.Equal(Enumerable.Range(1, contents.Runs.Count), contents.Runs.Select(r => r.Run));
        foreach (var run in contents.Runs)
        {
            Assert.Equal(MetricsPerRun, run.Metrics.Count);
            Assert.Equal((run.Run * 1000.0) + MetricsPerRun - 1, run.Metrics[^1].Value);
        }
    }

    private static async Task<ResultStoreContents> Read(string path)
    {
        using var store = new ResultStore(path);
        return await store.ReadAsync(TestContext.Current.CancellationToken);
    }

    private static Process Start(string path, int runs)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "K8sFootprint.StoreWriter.dll"));
        foreach (string arg in new[] { path, "k3s", runs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            MetricsPerRun.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static async Task WaitForResumeAsync(Process child)
    {
        string? line = await child.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("resuming at", line, StringComparison.Ordinal);
    }
}
