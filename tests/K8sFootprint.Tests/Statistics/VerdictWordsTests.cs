using K8sFootprint.Statistics;
using MathNet.Numerics.Distributions;

namespace K8sFootprint.Tests.Statistics;

/// <summary>Synthetic runs built around METHODOLOGY.md's reference paragraph: every direction of the study comes
/// out in the same words, and "on par" comes out as no clear difference.</summary>
public sealed class VerdictWordsTests
{
    // Target, metric, factor relative to kubeadm (1 = on par), from "Reference figures".
    public static TheoryData<string, string, double> Study => new()
    {
        { "talos", "memory", 0.93 }, { "talos", "cpu", 1.06 }, { "talos", "disk-io", 0.51 },
        { "talos", "network", 1.16 }, { "talos", "disk-usage", 0.53 },
        { "k3s", "memory", 1.15 }, { "k3s", "cpu", 0.81 }, { "k3s", "disk-io", 1.50 }, { "k3s", "network", 0.93 },
        { "k3s", "disk-usage", 0.92 },
        { "rke2", "memory", 2.50 }, { "rke2", "cpu", 3.30 }, { "rke2", "disk-io", 3.60 }, { "rke2", "network", 1.0 },
        { "rke2", "disk-usage", 2.43 },
        { "canonical", "memory", 3.01 }, { "canonical", "disk-io", 6.33 }, { "canonical", "cpu", 1.0 },
        { "canonical", "network", 1.0 },
    };

    [Theory]
    [MemberData(nameof(Study))]
    public void Compare_StudyDirection_SaysTheSameAsTheStudy(string target, string metricId, double factor)
    {
        var metric = MetricCatalog.All.Single(m => m.Id == metricId);
        double[] baseline = Runs(1000, 1, seed: 11);
        double[] candidate = Runs(1000 * factor, 1, seed: target.Length * 31 + metricId.Length);

        var sut = Comparisons.Compare(target, candidate, "kubeadm", baseline, metric);

        double percent = Math.Round((factor - 1) * 100);
        string expected = factor switch
        {
            < 1 => $"{-percent} % less {metric.Noun} than kubeadm (",
            > 1 => $"{percent} % more {metric.Noun} than kubeadm (",
            _ => "no clear difference (",
        };
        Assert.StartsWith(expected, sut.Words, StringComparison.Ordinal);
        Assert.Equal(factor switch { < 1 => Verdict.Less, > 1 => Verdict.More, _ => Verdict.NoClearDifference },
            sut.Verdict);
    }

    [Fact]
    public void Compare_TalosMemory_ReadsLikeTheStudyWithItsInterval()
    {
        var sut = Comparisons.Compare("talos", Runs(930, 1, 5), "kubeadm", Runs(1000, 1, 6), MetricCatalog.Memory);

        Assert.Matches(@"^7 % less memory than kubeadm \(−\d(\.\d)? % to −\d(\.\d)? %\)$", sut.Words);
        Assert.InRange(sut.Interval!.Low!.Value, 0.9, 0.93);
        Assert.InRange(sut.Interval.High!.Value, 0.93, 0.96);
        Assert.True(sut.Welch!.PValue < 0.001);
    }

    [Fact]
    public void Compare_IntervalSpanningNoDifference_SaysNoClearDifferenceWithTheRange()
    {
        double[] baseline = [100, 104, 97, 102, 99];
        double[] candidate = [101, 96, 105, 98, 103];

        var sut = Comparisons.Compare("k0s", candidate, "k3s", baseline, MetricCatalog.Network);

        Assert.Equal(Verdict.NoClearDifference, sut.Verdict);
        Assert.Matches(@"^no clear difference \(−\d(\.\d+)? % to \+\d(\.\d+)? %\)$", sut.Words);
        Assert.True(sut.Welch!.PValue > 0.05);
    }

    [Fact]
    public void Compare_BaselineNotClearlyAboveZero_SaysTheIntervalIsUnbounded()
    {
        double[] baseline = [0, 0, 3, 0, 1];

        var sut = Comparisons.Compare("talos", [5, 6, 5, 7, 6], "kubeadm", baseline, MetricCatalog.Network);

        Assert.False(sut.Interval!.IsBounded);
        Assert.Equal(Verdict.NoClearDifference, sut.Verdict);
        Assert.Equal("no clear difference (interval unbounded: the kubeadm mean is not clearly above zero)", sut.Words);
    }

    [Fact]
    public void Compare_OneRun_SaysThereAreNotEnoughRunsAndGivesNoInterval()
    {
        var sut = Comparisons.Compare("talos", [930], "kubeadm", [1000, 1010], MetricCatalog.Memory);

        Assert.Equal(Verdict.NotEnoughRuns, sut.Verdict);
        Assert.Null(sut.Interval);
        Assert.Null(sut.Welch);
        Assert.Equal(930 / 1005.0, sut.Ratio!.Value, 1e-12);
        Assert.Equal("not enough runs to compare (N = 1 and 2; at least 2 each)", sut.Words);
    }

    [Fact]
    public void Compare_HugeAndTinyValues_GiveTheSameRatioAsModestOnes()
    {
        double[] x = [930, 925, 935], y = [1000, 1010, 990];

        var modest = Comparisons.Compare("t", x, "kubeadm", y, MetricCatalog.Memory);
        var huge = Comparisons.Compare("t", [.. x.Select(v => v * 1e120)], "kubeadm", [.. y.Select(v => v * 1e120)],
            MetricCatalog.Memory);
        var tiny = Comparisons.Compare("t", [.. x.Select(v => v * 1e-290)], "kubeadm", [.. y.Select(v => v * 1e-290)],
            MetricCatalog.Memory);

        Assert.Equal(modest.Words, huge.Words);
        Assert.Equal(modest.Words, tiny.Words);
        Assert.Equal(modest.Welch!.PValue, huge.Welch!.PValue, 1e-12);
        Assert.Equal(modest.Candidate.StandardDeviation!.Value * 1e-290, tiny.Candidate.StandardDeviation!.Value,
            1e-300);
    }

    [Fact]
    public void Compare_NearlyNothingLeft_DoesNotRoundToAHundredPercent()
    {
        var sut = Comparisons.Compare("t", [0.1, 0.1001, 0.0999], "kubeadm", [1000, 1001, 999], MetricCatalog.Memory);

        Assert.StartsWith("99.99 % less memory", sut.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_BothZeroInEveryRun_SaysNoDifference()
    {
        var sut = Comparisons.Compare("talos", [0, 0, 0], "kubeadm", [0, 0, 0], MetricCatalog.Network);

        Assert.Equal(Verdict.NoRatio, sut.Verdict);
        Assert.Null(sut.Ratio);
        Assert.Equal("no difference (both 0 in every run)", sut.Words);
    }

    [Fact]
    public void Compare_ConstantButDifferentRuns_IsAClearDifferenceWithAPointInterval()
    {
        var sut = Comparisons.Compare("k3s", [2, 2, 2], "kubeadm", [4, 4, 4], MetricCatalog.DiskUsage);

        Assert.Equal(Verdict.Less, sut.Verdict);
        Assert.Equal(0.5, sut.Interval!.Low!.Value, 1e-12);
        Assert.Equal(0.5, sut.Interval.High!.Value, 1e-12);
        Assert.Equal(0, sut.Welch!.PValue);
        Assert.Equal("50 % less disk usage than kubeadm (−50 % to −50 %)", sut.Words);
    }

    [Fact]
    public void Compare_WithBootstrapSeed_GivesTheSameNarrowerCrossCheckEveryTime()
    {
        double[] baseline = Runs(1000, 2, 3);
        double[] candidate = Runs(930, 2, 4);

        var first = Comparisons.Compare("talos", candidate, "kubeadm", baseline, MetricCatalog.Memory, 42);
        var second = Comparisons.Compare("talos", candidate, "kubeadm", baseline, MetricCatalog.Memory, 42);

        Assert.Equal(first.Bootstrap, second.Bootstrap);
        Assert.Equal("bootstrap", first.Bootstrap!.Method);
        Assert.True(first.Bootstrap.High - first.Bootstrap.Low < first.Interval!.High - first.Interval.Low);
        Assert.InRange(0.93, first.Bootstrap.Low!.Value - 0.01, first.Bootstrap.High!.Value + 0.01);
    }

    /// <summary>Five runs around a mean with normal noise of the given percent, centred so that the sample mean
    /// is the mean.</summary>
    private static double[] Runs(double mean, double noisePercent, int seed)
    {
        var normal = new Normal(0, 1, new Random(seed));
        double[] z = [.. Enumerable.Range(0, 5).Select(_ => normal.Sample())];
        double centre = z.Average();
        return [.. z.Select(v => mean * (1 + (noisePercent / 100 * (v - centre))))];
    }
}
