using System.Globalization;
using K8sFootprint.Statistics;
using static K8sFootprint.Tests.Statistics.StatisticsCasesTests;

namespace K8sFootprint.Tests.Statistics;

/// <summary>Cases of our own, computed independently with R 4.2.2's t.test, friedman.test, quantile, mad and
/// uniroot: TestData/r/reference.R made TestData/r/reference.txt (<c>Rscript reference.R &gt; reference.txt</c>).
/// </summary>
public sealed class RReferenceTests
{
    private static readonly Dictionary<string, double> R = TestFiles.Lines("r/reference.txt")
        .Select(l => l.Split(" = "))
        .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

    [Fact]
    public void Welch_R1_MemoryLikeSamples()
    {
        double[] x = [612.4, 598.1, 605.7, 620.3, 601.9];
        double[] y = [655.2, 661.8, 649.7, 670.1, 658.3, 663.0, 652.4];

        var sut = TwoSample.Welch(x, y)!;

        Close(R["R1.t"], sut.T, 1e-12);
        Close(R["R1.df"], sut.DegreesOfFreedom, 1e-12);
        Close(R["R1.p"], sut.PValue, 1e-12);
        Close(R["R1.low"], sut.DifferenceLow, 1e-9);
        Close(R["R1.high"], sut.DifferenceHigh, 1e-9);
    }

    [Fact]
    public void Welch_R2_TinyPValueKeptByTheIncompleteBeta()
    {
        double[] x = [100.1, 100.3, 99.8, 100.0, 100.2, 99.9];
        double[] y = [150.2, 149.7, 150.4, 150.1, 149.9, 150.0];

        var sut = TwoSample.Welch(x, y)!;

        Close(R["R2.t"], sut.T, 1e-12);
        Close(R["R2.df"], sut.DegreesOfFreedom, 1e-12);
        // 1 − CDF would round this p (3.5e-21) to zero; the regularized incomplete beta keeps its digits.
        Close(R["R2.p"], sut.PValue, 1e-9);
    }

    [Fact]
    public void Friedman_R3_ThreeTargetsFiveRunsWithATie()
    {
        double[][] runs = [[1.10, 1.32, 0.95], [1.05, 1.41, 0.99], [1.12, 1.29, 1.01], [1.20, 1.20, 0.97],
            [1.08, 1.35, 1.10]];
        string[] targets = ["a", "b", "c"];
        var values = targets.Select((t, j) => (t, j)).ToDictionary(
            p => p.t,
            IReadOnlyDictionary<int, double> (p) =>
                runs.Select((r, i) => (i, r)).ToDictionary(x => x.i + 1, x => x.r[p.j]));

        var sut = Rankings.Assess(values);

        Close(R["R3.chisq"], sut.FriedmanChiSquared!.Value, 1e-12);
        Close(R["R3.p"], sut.PValue!.Value, 1e-12);
        Close(R["R3.W"], sut.KendallW!.Value, 1e-12);
        Assert.Equal(5, sut.Runs);
        Assert.Equal(new PairwiseWins("a", "b", 4, 0, 5), sut.Pairwise[0]);
        Assert.Equal(new PairwiseWins("a", "c", 1, 4, 5), sut.Pairwise[1]);
    }

    [Fact]
    public void Summary_R4_QuartilesMadAndInterval()
    {
        double[] x = [0.0412, 0.0398, 0.0455, 0.0391, 0.0620, 0.0405, 0.0401];

        var summary = Summaries.Summarize(x);
        var outliers = Outliers.Flag(x);

        Close(R["R4.mean"], summary.Mean!.Value, 1e-12);
        Close(R["R4.sd"], summary.StandardDeviation!.Value, 1e-12);
        Close(R["R4.low"], summary.ConfidenceLow!.Value, 1e-9);
        Close(R["R4.high"], summary.ConfidenceHigh!.Value, 1e-9);
        Close(R["R4.q1"], Summaries.Quantile(x, 0.25), 1e-12);
        Close(R["R4.median"], summary.Median!.Value, 1e-12);
        Close(R["R4.q3"], Summaries.Quantile(x, 0.75), 1e-12);
        Close(R["R4.median"] + (3 * R["R4.mad"]), outliers.MadHigh!.Value, 1e-12);
        // 0.0620 is outside the Tukey fences; 0.0455 only outside the MAD fences (0.0405 + 3 × 0.00103782).
        Assert.Equal([2, 4], outliers.Flagged);
    }

    [Fact]
    public void Fieller_R5_AgainstARootFinderOnThePivot()
    {
        var sut = TwoSample.Fieller([2.31, 2.45, 2.28, 2.52, 2.39], [1.02, 0.97, 1.08, 1.01])!;

        Close(R["R5.df"], sut.DegreesOfFreedom!.Value, 1e-12);
        Close(R["R5.low"], sut.Low!.Value, 1e-9);
        Close(R["R5.high"], sut.High!.Value, 1e-9);
    }
}
