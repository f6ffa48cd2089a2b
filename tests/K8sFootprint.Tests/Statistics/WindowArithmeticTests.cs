using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Statistics;

/// <summary>Reference cases from shared/data/aggregation-cases.md, plus the edge rules of METHODOLOGY.md.</summary>
public sealed class WindowArithmeticTests
{
    private static readonly Sample[] Tw1 = [new(0, 10), new(10, 20), new(20, 20), new(30, 40)];

    private static readonly Sample[] Tw2 =
        [new(0, 10), new(10, 10), new(15, 30), new(75, 30), new(80, 10), new(90, 10)];

    private static readonly Sample[] C1 =
        [new(0, 100), new(15, 150), new(30, 230), new(45, 20), new(60, 80), new(75, 140)];

    [Fact]
    public void GaugeAverage_Tw1Linear_IsSixtyFiveThirds()
    {
        var sut = WindowArithmetic.GaugeAverage(Tw1, 0, 30, maxGap: 30);

        Assert.Equal(65.0 / 3, sut.Average!.Value, 12);
        Assert.Equal(1, sut.Coverage, 12);
        Assert.Equal(10, sut.Min);
        Assert.Equal(40, sut.Max);
    }

    [Fact]
    public void GaugeAverage_Tw1PreviousValue_IsFiftyThirds()
    {
        var sut = WindowArithmetic.GaugeAverage(Tw1, 0, 30, maxGap: 30, GaugeInterpolation.PreviousValue);

        Assert.Equal(50.0 / 3, sut.Average!.Value, 12);
    }

    [Fact]
    public void GaugeAverage_Tw2WithGapRule_LeavesTheGapOut()
    {
        var sut = WindowArithmetic.GaugeAverage(Tw2, 0, 90, maxGap: 30);

        Assert.Equal(40.0 / 3, sut.Average!.Value, 12);
        Assert.Equal(1.0 / 3, sut.Coverage, 12);
        Assert.Equal(1, sut.Gaps);
    }

    [Fact]
    public void GaugeAverage_Tw2WithoutGapRule_IsPlainTrapezoid()
    {
        var sut = WindowArithmetic.GaugeAverage(Tw2, 0, 90, maxGap: 1000);

        Assert.Equal(2200.0 / 90, sut.Average!.Value, 12);
        Assert.Equal(0, sut.Gaps);
    }

    [Fact]
    public void CounterTotal_C1WithReset_CountsTheNewValueAsTheDelta()
    {
        var sut = WindowArithmetic.CounterTotal(C1, 0, 75, maxGap: 45);

        Assert.Equal(270, sut.Total, 12);
        Assert.Equal(1, sut.Resets);
        Assert.Equal(3.6, sut.Rate!.Value, 12);
        Assert.Equal(1, sut.Coverage, 12);
    }

    [Fact]
    public void CounterTotal_SamplesNotAlignedToEdges_InterpolatesAtT0AndT1()
    {
        Sample[] samples = [new(-5, 0), new(5, 100), new(15, 200), new(25, 300)];

        var sut = WindowArithmetic.CounterTotal(samples, 0, 20, maxGap: 15);

        Assert.Equal(200, sut.Total, 12);
        Assert.Equal(20, sut.ObservedSeconds, 12);
        Assert.Equal(4, sut.PointCount);
    }

    [Fact]
    public void CounterTotal_NoSampleBeyondT1_DoesNotExtrapolate()
    {
        Sample[] samples = [new(0, 0), new(10, 100), new(20, 200)];

        var sut = WindowArithmetic.CounterTotal(samples, 0, 40, maxGap: 15);

        Assert.Equal(200, sut.Total, 12);
        Assert.Equal(0.5, sut.Coverage, 12);
        Assert.Equal(10, sut.Rate!.Value, 12);
    }

    [Fact]
    public void CounterTotal_ResetBetweenSamplesAroundT0_AddsNoEdgePoint()
    {
        Sample[] samples = [new(-5, 500), new(5, 10), new(15, 20)];

        var sut = WindowArithmetic.CounterTotal(samples, 0, 15, maxGap: 15);

        Assert.Equal(10, sut.Total, 12);
        Assert.Equal(10, sut.ObservedSeconds, 12);
        Assert.Equal(0, sut.Resets);
    }

    [Fact]
    public void CounterTotal_GapInsideWindow_KeepsTheDeltaAndCountsTheGap()
    {
        Sample[] samples = [new(0, 0), new(10, 10), new(70, 70), new(80, 80)];

        var sut = WindowArithmetic.CounterTotal(samples, 0, 80, maxGap: 30);

        Assert.Equal(80, sut.Total, 12);
        Assert.Equal(1, sut.Gaps);
    }

    [Fact]
    public void CounterTotal_EdgeSamplesTooFarApart_AreNotInterpolated()
    {
        Sample[] samples = [new(-100, 0), new(10, 110), new(20, 120)];

        var sut = WindowArithmetic.CounterTotal(samples, 0, 20, maxGap: 30);

        Assert.Equal(10, sut.Total, 12);
        Assert.Equal(0.5, sut.Coverage, 12);
    }

    [Fact]
    public void GaugeAverage_NonFiniteAndDuplicateTimes_AreDroppedAndLastWins()
    {
        Sample[] samples = [new(0, 10), new(5, double.NaN), new(10, 999), new(10, 30),
            new(20, double.PositiveInfinity)];

        var sut = WindowArithmetic.GaugeAverage(samples, 0, 10, maxGap: 30);

        Assert.Equal(20, sut.Average!.Value, 12);
        Assert.Equal(30, sut.Max);
    }

    [Fact]
    public void GaugeAverage_NoSamples_IsUndefinedNotZero()
    {
        var sut = WindowArithmetic.GaugeAverage([], 0, 10, maxGap: 30);

        Assert.Null(sut.Average);
        Assert.Equal(0, sut.Coverage);
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(10, 0)]
    [InlineData(double.NaN, 10)]
    public void CounterTotal_EmptyOrReversedWindow_ThrowsNamingBothEnds(double start, double end)
    {
        var ex = Assert.Throws<ArgumentException>(() => WindowArithmetic.CounterTotal(C1, start, end, 30));

        Assert.Contains("start", ex.Message, StringComparison.Ordinal);
        Assert.Contains("end", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GaugeAverage_NonPositiveMaxGap_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WindowArithmetic.GaugeAverage(Tw1, 0, 30, 0));
    }
}
