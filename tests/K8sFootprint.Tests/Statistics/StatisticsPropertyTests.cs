using CsCheck;
using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Statistics;

/// <summary>Invariants of the across-run statistics over generated data (CsCheck; a failure prints the seed that
/// reproduces it).</summary>
public sealed class StatisticsPropertyTests
{
    private static readonly Gen<double[]> Runs = Gen.Double[1e-3, 1e9].Array[2, 30];

    // Noise in steps of one part per million: spreads far below that are rounding error in any arithmetic.
    private static readonly Gen<double[]> Skewed =
        Gen.Select(Gen.Double[1, 1e6], Gen.Int[0, 200_000].Array[2, 30], (m, noise) => noise
            .Select(n => m * (1 + (n / 1e6))).ToArray());

    [Fact]
    public void Summarize_AnyRuns_MeanAndMedianLieWithinMinAndMax() =>
        Gen.OneOf(Runs, Skewed).Sample(values =>
        {
            var sut = Summaries.Summarize(values);

            return sut.Mean >= sut.Min && sut.Mean <= sut.Max && sut.Median >= sut.Min && sut.Median <= sut.Max;
        });

    [Fact]
    public void Summarize_AnyRuns_VarianceIsNotNegativeAndTheIntervalContainsTheMean() =>
        Gen.OneOf(Runs, Skewed).Sample(values =>
        {
            var sut = Summaries.Summarize(values);

            return sut.Variance >= 0 && sut.ConfidenceLow <= sut.Mean && sut.Mean <= sut.ConfidenceHigh;
        });

    [Fact]
    public void Compare_SeriesWithItself_GivesRatioOneAndNoClearDifference() =>
        Gen.OneOf(Runs, Skewed).Sample(values =>
        {
            var sut = Comparisons.Compare("a", values, "a-again", values, MetricCatalog.Memory);

            return Math.Abs(sut.Ratio!.Value - 1) < 1e-12
                && sut.Verdict == Verdict.NoClearDifference
                && sut.Words.StartsWith("no clear difference", StringComparison.Ordinal);
        });

    [Fact]
    public void Scaling_ByK_ScalesMeanAndSdByKAndKeepsTheRelativeDifference() =>
        Gen.Select(Skewed, Skewed, Gen.Double[1e-3, 1e3]).Sample((x, y, k) =>
        {
            var before = Comparisons.Compare("x", x, "y", y, MetricCatalog.Cpu);
            var after = Comparisons.Compare("x", [.. x.Select(v => v * k)], "y", [.. y.Select(v => v * k)],
                MetricCatalog.Cpu);

            return Near(after.Candidate.Mean!.Value, k * before.Candidate.Mean!.Value, 1e-12)
                && Near(after.Candidate.StandardDeviation!.Value, k * before.Candidate.StandardDeviation!.Value, 1e-9)
                && Math.Abs(after.RelativeDifferencePercent!.Value - before.RelativeDifferencePercent!.Value) < 1e-9
                && after.Verdict == before.Verdict;
        });

    private static bool Near(double actual, double expected, double relative) =>
        Math.Abs(actual - expected) <= relative * Math.Abs(expected) + 1e-300;
}
