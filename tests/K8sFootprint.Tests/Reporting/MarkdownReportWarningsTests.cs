using K8sFootprint.Reporting;
using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Reporting;

public sealed class MarkdownReportWarningsTests
{
    [Fact]
    public void Write_TwoRunsFarApart_WarnsThatTheIntervalReachesBelowZero()
    {
        MetricObservation[] runs =
        [
            new("k3s", 1, "disk-io", 1_000, "bytes"), new("k3s", 2, "disk-io", 200_000, "bytes"),
        ];

        string report = MarkdownReport.Write(RunsAnalyzer.Analyze(runs), []);

        Assert.Contains("- Intervals reaching below zero (k3s disk i/o)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TightRuns_HasNoSuchWarning()
    {
        MetricObservation[] runs =
        [
            new("k3s", 1, "disk-io", 100_000, "bytes"), new("k3s", 2, "disk-io", 101_000, "bytes"),
            new("k3s", 3, "disk-io", 99_000, "bytes"),
        ];

        string report = MarkdownReport.Write(RunsAnalyzer.Analyze(runs), []);

        Assert.DoesNotContain("below zero", report, StringComparison.Ordinal);
    }
}
