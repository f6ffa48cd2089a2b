using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using K8sFootprint.Benchmarking;
using K8sFootprint.IntegrationTests.Console;
using K8sFootprint.IntegrationTests.Distros;
using K8sFootprint.IntegrationTests.Ssh;
using K8sFootprint.Reporting;
using K8sFootprint.Statistics;

namespace K8sFootprint.IntegrationTests.Benchmarking;

/// <summary>The console's <c>run PLAN</c> over three hosts (real sshd in network namespaces) × the STAND-IN K3s
/// (TestData/standin-k3s; no Kubernetes runs): killed midway and run again, then reported. Target c's offline
/// folder holds an install script that exits 1. Outputs are kept under bin/.../TestOutput/plans/resume.</summary>
public sealed class PlanResumeTests(StandInHosts hosts) : IClassFixture<StandInHosts>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestOutput", "plans", "resume");

    [Fact]
    public async Task RunPlan_KilledMidwayThenRunAgain_ResumesWithoutLosingOrRepeatingRuns_AndReportsTheFailure()
    {
        var ct = TestContext.Current.CancellationToken;
        string plan = WritePlan();
        string results = Path.Combine(Folder, "out", "results.jsonl");

        string beforeKill = await KillAfterFirstStoredRunAsync(plan, results, ct);
        var (exit, stdout, stderr) = await MeasureCommandTests.RunAsync("run", plan);

        using var store = new ResultStore(results);
        var contents = await store.ReadAsync(ct);
        var failures = await new FailureLog(FailureLog.Beside(results)).ReadAsync(ct);
        string after = await File.ReadAllTextAsync(results, ct);
        string report = await File.ReadAllTextAsync(Path.Combine(Folder, "out", "report", "report.md"), ct);
        Assert.Equal(1, exit);
        Assert.Empty(contents.Problems);
        Assert.StartsWith(beforeKill, after, StringComparison.Ordinal);
        foreach (string target in new[] { "a", "b" })
        {
            Assert.Equal([1, 2, 3], contents.RunsOf(target).Select(r => r.Run).Order());
        }

        Assert.Empty(contents.RunsOf("c"));
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.Equal(("c", "install"), (f.Target, f.Step)));
        Assert.Contains("made to fail", failures[0].Message + failures[0].Logs, StringComparison.Ordinal);
        Assert.Contains("## Failures", report, StringComparison.Ordinal);
        Assert.Contains("| c | install |", report, StringComparison.Ordinal);
        Assert.All(contents.Runs, r => Assert.Equal("K3s (embedded etcd) v1.36.2+k3s1", r.Distribution));
        Assert.Contains("| K3s (embedded etcd) v1.36.2+k3s1 |", report, StringComparison.Ordinal);
        Assert.DoesNotContain(SshTestHost.UserPassword, stdout + stderr + report + after, StringComparison.Ordinal);
        AssertTablesHoldTheStoredNumbers(report, contents);
        AssertChartsAreImagesOfTheExpectedSize(Path.Combine(Folder, "out", "report", "charts"), report);
    }

    private static void AssertChartsAreImagesOfTheExpectedSize(string charts, string report)
    {
        string[] expected = ["cpu", "memory", "disk-io", "network", "disk-usage", "run-a-1", "run-b-3"];
        foreach (string name in expected)
        {
            byte[] png = File.ReadAllBytes(Path.Combine(charts, $"{name}.png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
            Assert.Equal((800, 450), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)),
                BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
            var svg = XDocument.Load(Path.Combine(charts, $"{name}.svg")).Root!;
            Assert.Equal("svg", svg.Name.LocalName);
            Assert.Equal(("800", "450"), ((string?)svg.Attribute("width"), (string?)svg.Attribute("height")));
        }

        Assert.Contains("![Memory by target](charts/memory.png)", report, StringComparison.Ordinal);
    }

    private static void AssertTablesHoldTheStoredNumbers(string report, ResultStoreContents contents)
    {
        var analysis = RunsAnalyzer.Analyze(contents.Observations(), new AnalysisOptions { Baseline = "a" });
        foreach (var metric in analysis.Metrics)
        {
            Assert.Contains($"## {char.ToUpperInvariant(metric.Noun[0])}{metric.Noun[1..]} (`{metric.Id}`",
                report, StringComparison.Ordinal);
            foreach (string target in new[] { "a", "b" })
            {
                var summary = analysis.Summary(target, metric.Id)!.Summary;
                string row = $"| {target} | 3 | {Quantities.Format(summary.Mean, metric.Unit)} |";
                Assert.Contains(row, report, StringComparison.Ordinal);
            }
        }
    }

    private static async Task<string> KillAfterFirstStoredRunAsync(string plan, string results, CancellationToken ct)
    {
        using var process = Process.Start(MeasureCommandTests.Start("run", plan))!;
        _ = process.StandardOutput.ReadToEndAsync(ct);
        _ = process.StandardError.ReadToEndAsync(ct);
        var deadline = Stopwatch.StartNew();
        while (!(File.Exists(results) && File.ReadAllLines(results).Length >= 1))
        {
            Assert.False(process.HasExited, "the plan ended before it stored a run");
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(2), "no run was stored within two minutes");
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, ct);
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(ct);
        string stored = await File.ReadAllTextAsync(results, ct);
        Assert.InRange(stored.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, 1, 5);
        return stored;
    }

    private string WritePlan()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        string broken = Path.Combine(Folder, "broken-offline");
        Directory.CreateDirectory(broken);
        foreach (string file in Directory.GetFiles(StandInHost.StandInFiles))
        {
            File.Copy(file, Path.Combine(broken, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(broken, "install.sh"),
            "#!/bin/sh\necho 'stand-in: install made to fail by the test' >&2\nexit 1\n");
        string plan = Path.Combine(Folder, "plan.yaml");
        File.WriteAllText(plan, string.Create(CultureInfo.InvariantCulture, $"""
            name: Resume test
            runs: 3
            window: 3s
            interval: 1s
            settle: 1s
            baseline: a
            output: out
            reset: true
            readyTimeout: 30s
            targets:

            """) + string.Join('\n', Target("a", hosts.Hosts[0], StandInHost.StandInFiles),
            Target("b", hosts.Hosts[1], StandInHost.StandInFiles), Target("c", hosts.Hosts[2], broken)) + "\n");
        return plan;
    }

    private static string Target(string name, StandInHost host, string offline) => string.Join('\n',
        $"  - name: {name}",
        "    distro: k3s",
        $"    offline: {offline}",
        "    preflight: warn",
        "    host:",
        "      ssh:",
        $"        address: {host.Address}",
        "        user: root",
        $"        key: {SshTestHost.ClientKey}",
        $"        hostKey: {host.Fingerprint}",
        "        connectTimeout: 5s");
}
