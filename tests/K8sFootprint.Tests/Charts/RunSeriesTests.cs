using K8sFootprint.Charts.Internal;
using K8sFootprint.Sources;
using K8sFootprint.Statistics;
using K8sFootprint.Tests.Measurement;

namespace K8sFootprint.Tests.Charts;

public sealed class RunSeriesTests
{
    [Fact]
    public void BusyCores_SteadyCounters_GiveTheBusyRateAtEachIntervalsMiddle()
    {
        var sut = RunSeries.BusyCores(ChartData.Window());

        Assert.Equal([7.5, 22.5, 37.5, 52.5], sut.Elapsed);
        Assert.All(sut.Values, v => Assert.Equal(1.2, v, 9));
    }

    [Fact]
    public void BusyCores_IdleIowaitAndGuest_AreNotBusy()
    {
        var raw = new WindowBuilder()
            .Cpu("user", 0, 3, 6, 9, 12)
            .Cpu("idle", 0, 12, 24, 36, 48)
            .Cpu("iowait", 0, 15, 30, 45, 60)
            .Series(SeriesNames.CpuGuestSeconds, SeriesNames.ModeLabel, "user", 0, 3, 6, 9, 12)
            .Build();

        var sut = RunSeries.BusyCores(raw);

        Assert.All(sut.Values, v => Assert.Equal(0.2, v, 9));
    }

    [Fact]
    public void BusyCores_CounterReset_CountsTheRestartFromZero()
    {
        var raw = new WindowBuilder().Cpu("user", 100, 115, 130, 5, 20).Build();

        var sut = RunSeries.BusyCores(raw);

        Assert.Equal([1, 1, 5 / 15.0, 1], sut.Values, (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void BusyCores_SeriesSampledAtOtherTimes_AreInterpolatedToTheSameIntervals()
    {
        Sample[] shifted = [new(0, 0), new(10, 2), new(25, 5), new(40, 8), new(55, 11), new(60, 12)];
        var raw = new WindowBuilder()
            .Cpu("user", 0, 15, 30, 45, 60)
            .Series(SeriesNames.CpuSeconds, SeriesNames.ModeLabel, "system", shifted)
            .Build();

        var sut = RunSeries.BusyCores(raw);

        Assert.Equal(8, sut.Elapsed.Length);
        Assert.All(sut.Values, v => Assert.Equal(1.2, v, 9));
    }

    [Fact]
    public void UsedMemory_IsTotalMinusAvailableAtEachSample()
    {
        var sut = RunSeries.UsedMemory(ChartData.Window());

        Assert.Equal([0, 15, 30, 45, 60], sut.Elapsed);
        Assert.Equal([100, 200, 200, 400, 100], sut.Values);
    }

    [Fact]
    public void BusyCoresAndUsedMemory_NoSamples_AreEmpty()
    {
        var raw = new WindowBuilder().Build();

        Assert.Empty(RunSeries.BusyCores(raw).Values);
        Assert.Empty(RunSeries.UsedMemory(raw).Values);
    }
}
