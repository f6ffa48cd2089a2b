using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Statistics;

public sealed class OutliersTests
{
    [Fact]
    public void Flag_FewerThanThreeRuns_HasNoFencesAndFlagsNothing()
    {
        var sut = Outliers.Flag([1, 1000]);

        Assert.Null(sut.TukeyLow);
        Assert.Empty(sut.Flagged);
    }

    [Fact]
    public void Flag_MostRunsEqual_SkipsTheMadRuleInsteadOfFlaggingEveryOtherRun()
    {
        // MAD = 0 here; fences of zero width would flag 10.5 as readily as 50.
        var sut = Outliers.Flag([10, 10, 10, 10.5, 10, 10, 50]);

        Assert.Null(sut.MadLow);
        Assert.Equal([6], sut.Flagged);
    }

    [Fact]
    public void Flag_SpreadIsRoundingNoise_SkipsTheMadRule()
    {
        var sut = Outliers.Flag([0.01, 0.0033333333333303017, 0.0033333333333350388]);

        Assert.Null(sut.MadLow);
        Assert.Empty(sut.Flagged);
    }

    [Fact]
    public void Flag_TenOrMoreRuns_UsesTukeyAlone()
    {
        double[] runs = [10, 11, 10.5, 10.2, 10.8, 10.1, 10.9, 10.4, 10.6, 12.9];

        var sut = Outliers.Flag(runs);

        Assert.Null(sut.MadHigh);
        Assert.NotNull(sut.TukeyHigh);
        Assert.Equal([9], sut.Flagged);
    }

    [Fact]
    public void Flag_NonFiniteValue_NamesTheRun()
    {
        var ex = Assert.Throws<ArgumentException>(() => Outliers.Flag([1, 2, double.PositiveInfinity]));

        Assert.Contains("Run 3", ex.Message, StringComparison.Ordinal);
    }
}
