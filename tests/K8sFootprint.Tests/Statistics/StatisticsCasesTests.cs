using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Statistics;

/// <summary>Every value listed in ../shared/data/statistics-cases.md, at its stated tolerance: 1e-12 relative for
/// t, degrees of freedom and p; 1e-9 relative for anything through a Student-t quantile.</summary>
public sealed class StatisticsCasesTests
{
    private const double Exact = 1e-12;
    private const double ThroughQuantile = 1e-9;

    [Fact]
    public void Welch_W1_RDocumentationExample()
    {
        double[] x = [.. Enumerable.Range(1, 10).Select(i => (double)i)];
        double[] y = [.. Enumerable.Range(7, 14).Select(i => (double)i)];

        var sut = TwoSample.Welch(x, y)!;

        Close(-5.4349297638940596, sut.T, Exact);
        Close(21.982212340188994, sut.DegreesOfFreedom, Exact);
        Close(1.8552818325118113e-5, sut.PValue, Exact);
        Close(-11.052801725158161, sut.DifferenceLow, ThroughQuantile);
        Close(-4.9471982748418393, sut.DifferenceHigh, ThroughQuantile);
    }

    [Fact]
    public void Welch_W3_SleepData()
    {
        double[] g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
        double[] g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

        var sut = TwoSample.Welch(g1, g2)!;

        Close(-1.8608134674868531, sut.T, Exact);
        Close(17.77647351617849, sut.DegreesOfFreedom, Exact);
        Close(0.079394140187358138, sut.PValue, Exact);
        Close(-3.365483230711711, sut.DifferenceLow, ThroughQuantile);
        Close(0.20548323071171097, sut.DifferenceHigh, ThroughQuantile);
        var x = Summaries.Summarize(g1);
        var y = Summaries.Summarize(g2);
        Close(0.84909101723876196, Math.Sqrt((x.Variance!.Value / 10) + (y.Variance!.Value / 10)), Exact);
        Close(2.1028172415698024, Summaries.StudentQuantile(0.975, sut.DegreesOfFreedom), ThroughQuantile);
    }

    [Fact]
    public void Fieller_F1_Mutagenicity()
    {
        double[] x = [15, 20, 32, 33];
        double[] y = [1, 2, 2, 2, 3, 3, 5];

        var sut = Comparisons.Compare("cyclo25", x, "vehicle", y, MetricCatalog.Memory);

        Close(9.7222222222222222, sut.Ratio!.Value, Exact);
        Close(872.22222222222222, sut.RelativeDifferencePercent!.Value, Exact);
        Close(8.2480255959009407, sut.Interval!.DegreesOfFreedom!.Value, Exact);
        Close(5.1716481399532152, sut.Interval.Low!.Value, ThroughQuantile);
        Close(18.659526956469145, sut.Interval.High!.Value, ThroughQuantile);
        Close(5.0070978608335652, sut.Welch!.T, Exact);
        Close(3.070170070629032, sut.Welch.DegreesOfFreedom, Exact);
        Close(0.014505056914013147, sut.Welch.PValue, Exact);
        Assert.Equal(Verdict.More, sut.Verdict);
        Assert.Equal("872 % more memory than vehicle (+417 % to +1766 %)", sut.Words);
    }

    [Fact]
    public void Summary_S1_OneSuspiciousRun()
    {
        double[] runs = [501.2, 498.7, 503.4, 499.9, 547.8, 500.6];

        var sut = Summaries.Summarize(runs);

        Close(508.6, sut.Mean!.Value, Exact);
        Close(371.228, sut.Variance!.Value, Exact);
        Close(19.267277960313944, sut.StandardDeviation!.Value, Exact);
        Close(7.8658332891902338, sut.StandardError!.Value, Exact);
        Assert.Equal(500.9, sut.Median!.Value, 1e-12);
        Assert.Equal(498.7, sut.Min);
        Assert.Equal(547.8, sut.Max);
        Close(0.037882968856299541, sut.CoefficientOfVariation!.Value, Exact);
        Close(2.5705818356363137, Summaries.StudentQuantile(0.975, 5), ThroughQuantile);
        Close(488.38023182466412, sut.ConfidenceLow!.Value, ThroughQuantile);
        Close(528.81976817533587, sut.ConfidenceHigh!.Value, ThroughQuantile);
    }

    [Fact]
    public void Outliers_S1_TukeyOnTypeSevenQuartilesAndMadBothFlagTheFifthRun()
    {
        double[] runs = [501.2, 498.7, 503.4, 499.9, 547.8, 500.6];

        var sut = Outliers.Flag(runs);

        Close(500.075, Summaries.Quantile(runs, 0.25), Exact);
        Close(502.85, Summaries.Quantile(runs, 0.75), Exact);
        Close(495.9125, sut.TukeyLow!.Value, Exact);
        Close(507.0125, sut.TukeyHigh!.Value, Exact);
        Close(493.78352, sut.MadLow!.Value, Exact);
        Close(508.01648, sut.MadHigh!.Value, Exact);
        Assert.Equal([4], sut.Flagged);
    }

    [Fact]
    public void Analysis_S1_WithoutTheFlaggedRunOnRequest()
    {
        double[] runs = [501.2, 498.7, 503.4, 499.9, 547.8, 500.6];
        var rows = runs.Select((v, i) => new MetricObservation("k3s", i + 1, "memory-mib", v, "MiB"));

        var kept = RunsAnalyzer.Analyze(rows).Summaries.Single();
        var sut = RunsAnalyzer.Analyze(rows, new AnalysisOptions { ExcludeOutliers = true }).Summaries.Single();

        Assert.Equal(6, kept.Summary.Count);
        Assert.Equal([5], kept.OutlierRuns);
        Assert.False(kept.OutliersExcluded);
        Assert.Equal(5, sut.Summary.Count);
        Assert.True(sut.OutliersExcluded);
        Close(500.76, sut.Summary.Mean!.Value, Exact);
        Close(1.7444196742756564, sut.Summary.StandardDeviation!.Value, Exact);
        Close(0.78012819459368177, sut.Summary.StandardError!.Value, Exact);
        Close(0.0034835, sut.Summary.CoefficientOfVariation!.Value, 1e-4);
        Close(498.59401689269356, sut.Summary.ConfidenceLow!.Value, ThroughQuantile);
        Close(502.92598310730642, sut.Summary.ConfidenceHigh!.Value, ThroughQuantile);
    }

    internal static void Close(double expected, double actual, double relative) =>
        Assert.True(
            Math.Abs(actual - expected) <= relative * Math.Abs(expected),
            $"Expected {expected:R} within {relative:0e0} relative; got {actual:R}.");
}
