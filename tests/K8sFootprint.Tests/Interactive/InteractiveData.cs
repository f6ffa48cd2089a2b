using K8sFootprint.Measurement;
using K8sFootprint.Statistics;
using K8sFootprint.Tests.Charts;

namespace K8sFootprint.Tests.Interactive;

/// <summary>Inputs for the formatters: a footprint whose five headline figures all differ, and runs of two targets
/// whose names can be chosen.</summary>
internal static class InteractiveData
{
    public const string Hostile = "<script>alert('x')</script>";

    public const string Encoded = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    /// <summary>1.2 busy cores (ChartData's window), 175 B of memory on average, 3 MiB of disk i/o, 7.5 KiB over the
    /// wire and 20 GiB in use at the end.</summary>
    public static Footprint Footprint(string node = "node-a", params MeasurementWarning[] warnings) =>
        ChartData.Footprint() with
        {
            Node = node,
            DiskIo = new DiskIoFootprint(1 << 20, 2 << 20, 10, 20, []),
            Network = new NetworkFootprint(
                new NetworkTraffic(5 << 10, 2.5 * (1 << 10), ["eth0"]), new NetworkTraffic(1, 1, ["lo"]),
                new NetworkTraffic(0, 0, []), []),
            DiskUsage = new DiskUsageFootprint(19L << 30, 20L << 30, []),
            Warnings = warnings,
        };

    /// <summary>Three runs of memory and CPU for each target, the first target the baseline and the second using
    /// about 20 % more of both.</summary>
    public static RunsAnalysis Analysis(string baseline = "kubeadm", string other = "k3s")
    {
        var rows = new List<MetricObservation>();
        foreach (var (target, factor) in new[] { (baseline, 1.0), (other, 1.2) })
        {
            for (int run = 1; run <= 3; run++)
            {
                rows.Add(new(target, run, "memory", factor * (1.0 + (0.01 * run)) * (1L << 30), "bytes"));
                rows.Add(new(target, run, "cpu", factor * (0.1 + (0.002 * run)), "cores"));
            }
        }

        return RunsAnalyzer.Analyze(rows, new AnalysisOptions { Baseline = baseline });
    }
}
