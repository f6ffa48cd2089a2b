using K8sFootprint.Benchmarking;
using K8sFootprint.Measurement;
using K8sFootprint.Sources;
using K8sFootprint.Statistics;
using K8sFootprint.Tests.Measurement;

namespace K8sFootprint.Tests.Charts;

/// <summary>Small synthetic inputs for the charts: three targets over three runs, and one measured window.</summary>
internal static class ChartData
{
    public static readonly string[] Targets = ["k3s", "kubeadm", "talos"];

    public static RunsAnalysis Analysis(params string[] targets)
    {
        targets = targets.Length == 0 ? Targets : targets;
        var rows = new List<MetricObservation>();
        for (int t = 0; t < targets.Length; t++)
        {
            for (int run = 1; run <= 3; run++)
            {
                rows.Add(new(targets[t], run, "memory", (1.0 + (0.2 * t) + (0.01 * run)) * (1L << 30), "bytes"));
                rows.Add(new(targets[t], run, "cpu", 0.1 + (0.02 * t) + (0.001 * run), "cores"));
            }
        }

        return RunsAnalyzer.Analyze(rows, new AnalysisOptions { Baseline = targets[0] });
    }

    /// <summary>A minute sampled every 15 s: 1.2 busy cores (user 1, system 0.2) and 150 to 400 bytes used.</summary>
    public static Footprint Footprint() => FootprintCalculator.Calculate("node-a", Window());

    public static RecordedWindow Window() => new WindowBuilder()
        .Cpu("user", 0, 15, 30, 45, 60)
        .Cpu("system", 0, 3, 6, 9, 12)
        .Cpu("idle", 0, 12, 24, 36, 48)
        .Series(SeriesNames.MemoryTotal, "", "", 1000, 1000, 1000, 1000, 1000)
        .Series(SeriesNames.MemoryAvailable, "", "", 900, 800, 800, 600, 900)
        .Build();

    public static RunRecord Run(string target, int run) =>
        RunRecord.FromFootprint(target, run, Footprint(), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
