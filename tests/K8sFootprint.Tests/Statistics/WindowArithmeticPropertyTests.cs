using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Statistics;

/// <summary>Invariants checked over seeded random series.</summary>
public sealed class WindowArithmeticPropertyTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 50)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void GaugeAverage_AnySeries_LiesBetweenMinAndMax(int seed)
    {
        var samples = RandomSeries(new Random(seed), monotonic: false);

        var sut = WindowArithmetic.GaugeAverage(samples, 3.3, 97.1, maxGap: 20);

        Assert.NotNull(sut.Average);
        Assert.InRange(sut.Average.Value, sut.Min!.Value - 1e-9, sut.Max!.Value + 1e-9);
        Assert.InRange(sut.Coverage, 0, 1);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CounterTotal_MonotonicSeriesCoveringWindow_EqualsInterpolatedDifference(int seed)
    {
        var samples = RandomSeries(new Random(seed), monotonic: true);

        var sut = WindowArithmetic.CounterTotal(samples, 3.3, 97.1, maxGap: 1000);

        double expected = Interpolate(samples, 97.1) - Interpolate(samples, 3.3);
        Assert.Equal(expected, sut.Total, 6);
        Assert.Equal(0, sut.Resets);
    }

    private static List<Sample> RandomSeries(Random random, bool monotonic)
    {
        var samples = new List<Sample>();
        double value = random.Next(0, 100);
        for (double t = 0; t <= 100; t += 1 + random.NextDouble() * 9)
        {
            value = monotonic ? value + random.NextDouble() * 50 : random.NextDouble() * 100;
            samples.Add(new Sample(t, value));
        }

        samples.Add(new Sample(100, monotonic ? value + 1 : value));
        return samples;
    }

    private static double Interpolate(List<Sample> samples, double t)
    {
        int i = samples.FindIndex(s => s.Time >= t);
        var (a, b) = (samples[i - 1], samples[i]);
        return a.Value + (t - a.Time) / (b.Time - a.Time) * (b.Value - a.Value);
    }
}
