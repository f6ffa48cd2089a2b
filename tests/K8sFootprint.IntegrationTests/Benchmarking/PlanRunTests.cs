using System.Diagnostics;
using K8sFootprint.Benchmarking;
using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.IntegrationTests.Distros;
using K8sFootprint.IntegrationTests.Ssh;

namespace K8sFootprint.IntegrationTests.Benchmarking;

/// <summary>Plans over three hosts (network namespaces with real sshd) × the STAND-IN K3s (TestData/standin-k3s:
/// scripts answering like k3s; no Kubernetes runs), three short runs each. Outputs are kept under the test's
/// output folder (bin/.../TestOutput/plans).</summary>
public sealed class PlanRunTests(StandInHosts hosts) : IClassFixture<StandInHosts>
{
    private static readonly string Kept = Path.Combine(AppContext.BaseDirectory, "TestOutput", "plans");

    [Fact]
    public async Task Plan_ThreeStandInHostsInParallel_WallTimeAtMost1Point3TimesOneTarget()
    {
        var ct = TestContext.Current.CancellationToken;
        var runner = new BenchmarkRunner();
        var three = Plan("parallel-three", [hosts.Target("a", 0), hosts.Target("b", 1), hosts.Target("c", 2)]);
        var one = Plan("parallel-one", [hosts.Target("a", 0)]);

        // The three-target plan first: anything the first plan pays for once (JIT, key loading) counts against it.
        var started = Stopwatch.StartNew();
        var threeOutcome = await runner.RunAsync(three, cancellationToken: ct);
        var threeTime = started.Elapsed;
        started.Restart();
        var oneOutcome = await runner.RunAsync(one, cancellationToken: ct);
        var oneTime = started.Elapsed;
        double ratio = threeTime / oneTime;
        await File.WriteAllTextAsync(Path.Combine(Kept, "parallel-ratio.txt"),
            $"one target: {oneTime.TotalSeconds:0.00} s; three targets on three hosts: " +
            $"{threeTime.TotalSeconds:0.00} s; ratio {ratio:0.000}\n", ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"three/one = {ratio:0.000}");

        Assert.True(threeOutcome.Succeeded, string.Join("; ", threeOutcome.Targets.Select(t => t.Failure?.Message)));
        Assert.True(oneOutcome.Succeeded);
        Assert.All(threeOutcome.Targets, t => Assert.Equal((TargetStatus.Completed, 3, 3),
            (t.Status, t.RunsStored, t.RunsMeasured)));
        using var store = new ResultStore(three.ResultsPath);
        var stored = await store.ReadAsync(ct);
        Assert.Equal(9, stored.Runs.Count);
        Assert.True(ratio <= 1.3, $"three targets took {ratio:0.00} × one target's time ({threeTime} vs {oneTime})");
    }

    private static BenchmarkPlan Plan(string name, IReadOnlyList<PlanTarget> targets)
    {
        string output = Path.Combine(Kept, name);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        return new BenchmarkPlan
        {
            Name = name,
            Targets = targets,
            Runs = 3,
            Window = TimeSpan.FromSeconds(3),
            Interval = TimeSpan.FromSeconds(1),
            Settle = TimeSpan.FromSeconds(1),
            Output = output,
            Reset = true,
        };
    }
}
