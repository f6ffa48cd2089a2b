using System.Diagnostics;
using K8sFootprint.Serialization;

namespace K8sFootprint.IntegrationTests.Console;

/// <summary>The main job, run as a user runs it: the console program in its own process.</summary>
public sealed class MeasureCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("k8sfp-console-").FullName;

    [Fact]
    public async Task Measure_ShortWindowWithOut_PrintsTheTableAndWritesCompleteJson()
    {
        string output = Path.Combine(_directory, "run.json");

        var (exit, stdout, stderr) = await RunAsync("measure", "--window", "3s", "--interval", "1s", "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains("CPU busy", stdout, StringComparison.Ordinal);
        Assert.Contains("Memory used (avg)", stdout, StringComparison.Ordinal);
        Assert.Contains("[Recording]", stderr, StringComparison.Ordinal);
        var footprint = FootprintJson.Deserialize(
            await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
        Assert.Equal(4, footprint.Window.SampleCount);
    }

    [Fact]
    public async Task Measure_WindowShorterThanTwoIntervals_FailsAtOnceNamingTheValues()
    {
        var (exit, _, stderr) = await RunAsync("measure", "--window", "10s", "--interval", "15s");

        Assert.Equal(2, exit);
        Assert.Contains("at least two intervals", stderr, StringComparison.Ordinal);
        Assert.Contains("'10 s'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_OutputDirectoryMissing_FailsBeforeMeasuringAndWritesNothing()
    {
        string output = Path.Combine(_directory, "missing", "run.json");

        var (exit, _, stderr) = await RunAsync("measure", "--window", "60s", "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains(output, stderr.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("[Recording]", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public async Task Measure_GarbledDuration_NamesTheOptionAndTheValue()
    {
        var (exit, _, stderr) = await RunAsync("measure", "--window", "soon");

        Assert.NotEqual(0, exit);
        Assert.Contains("'soon'", stderr, StringComparison.Ordinal);
        Assert.Contains("--window", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("measure", "--window", "1e309")]
    [InlineData("measure", "--bogus")]
    [InlineData("measure", "--interval")]
    [InlineData("frobnicate")]
    [InlineData("measure", "--node-exporter", "ftp://host/metrics")]
    [InlineData("measure", "--node-exporter", "not a url")]
    [InlineData("measure", "--prometheus", "http://127.0.0.1:9")]
    [InlineData("measure", "--instance", "a:9100")]
    [InlineData("measure", "--prometheus", "gopher://x", "--instance", "a:9100")]
    [InlineData("measure", "--identity", "/etc/hostname")]
    [InlineData("measure", "--host-key", "junk")]
    [InlineData("measure", "--ssh", "root@10.0.0.1", "--identity", "/etc/hostname", "--trust-on-first-use")]
    [InlineData("measure", "--ssh", "root@10.0.0.1", "--password-env", "K8SFP_TEST_PASSWORD", "--host-key", "junk")]
    [InlineData("measure", "--ssh", "@10.0.0.1", "--password-env", "K8SFP_TEST_PASSWORD", "--trust-on-first-use")]
    public async Task Measure_MalformedCommandLine_ExitsWithBadInputCode(params string[] args)
    {
        var (exit, _, stderr) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("Error:", stderr.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_InterruptedDuringTheWindow_StopsTheRecorderAndRemovesItsFiles()
    {
        var before = Directory.GetFiles("/dev/shm", "k8sfootprint-*").ToHashSet();
        var start = Start("measure", "--window", "60s", "--interval", "1s");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        string? line;
        while ((line = await process.StandardError.ReadLineAsync(TestContext.Current.CancellationToken)) is not null
               && !line.Contains("[Recording]", StringComparison.Ordinal))
        {
        }

        var during = Directory.GetFiles("/dev/shm", "k8sfootprint-*").Where(f => !before.Contains(f)).ToList();
        Infrastructure.Sh.Run($"kill -INT {process.Id}");
        string rest = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(during);
        Assert.All(during, f => Assert.False(File.Exists(f), $"'{f}' was left behind."));
        Assert.True(process.ExitCode == 130, $"Exit code {process.ExitCode}; last line '{line}'; then: {rest}");
        Assert.Contains("Cancelled", rest, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await stdout);
    }

    [Fact]
    public async Task Measure_NodeExporter_ScrapesItAndPrintsTheFootprint()
    {
        await using var exporter = await Infrastructure.NodeExporterProcess.StartAsync();

        var (exit, stdout, stderr) = await RunAsync(
            "measure", "--node-exporter", exporter.MetricsUrl.ToString(), "--window", "3s", "--interval", "1s");

        Assert.True(exit == 0, stderr);
        Assert.Contains("node-exporter-scrape", stdout, StringComparison.Ordinal);
        Assert.Contains($"Idle footprint of {exporter.MetricsUrl.Authority}", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_Prometheus_ReadsTheWindowBackAndPrintsTheFootprint()
    {
        await using var exporter = await Infrastructure.NodeExporterProcess.StartAsync();
        await using var prometheus = await Infrastructure.PrometheusProcess.StartAsync(exporter.MetricsUrl);
        await prometheus.WaitForScrapesAsync(exporter.MetricsUrl);

        var (exit, stdout, stderr) = await RunAsync(
            "measure", "--prometheus", prometheus.BaseAddress.ToString(), "--instance", exporter.MetricsUrl.Authority,
            "--window", "3s", "--interval", "1s");

        Assert.True(exit == 0, stderr);
        Assert.Contains("prometheus", stdout, StringComparison.Ordinal);
        Assert.Contains($"Idle footprint of {exporter.MetricsUrl.Authority}", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ExplainsEveryOption()
    {
        var (exit, stdout, _) = await RunAsync("measure", "--help");

        Assert.Equal(0, exit);
        string[] options =
        [
            "--window", "--interval", "--settle", "--out", "--include-interface", "--exclude-interface",
            "--include-disk", "--exclude-disk", "--ssh", "--identity", "--known-hosts", "--host-key",
            "--password-env", "--ask-password",
        ];
        foreach (string option in options)
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    internal static ProcessStartInfo Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "K8sFootprint.Console.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["COLUMNS"] = "200";
        start.Environment["K8SFP_TEST_PASSWORD"] = Ssh.SshTestHost.UserPassword;
        return start;
    }

    internal static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
