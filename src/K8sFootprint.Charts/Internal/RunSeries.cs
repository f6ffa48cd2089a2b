using K8sFootprint.Measurement;
using K8sFootprint.Sources;
using K8sFootprint.Statistics;

namespace K8sFootprint.Charts.Internal;

/// <summary>A run's raw series turned into lines over its window: busy cores per sample interval and used
/// memory per sample, by the same definitions as the run's totals (METHODOLOGY.md, "The five metrics").</summary>
internal static class RunSeries
{
    private static IReadOnlyList<string> BusyModes => SeriesNames.BusyCpuModes;

    private static readonly double MaxGapIntervals = new IdleMeasurementOptions().MaxGapIntervals;

    /// <summary>Average busy cores over each interval between consecutive sample times inside the window,
    /// placed at the interval's middle. Each interval's increase comes from
    /// <see cref="WindowArithmetic.CounterTotal"/>, so resets and misaligned series are handled as in the
    /// run's total; an interval some busy series does not cover is left out.</summary>
    public static TimeSeries BusyCores(RecordedWindow raw)
    {
        var series = raw.Series
            .Where(s => s.Name == SeriesNames.CpuSeconds && BusyModes.Contains(s.Label(SeriesNames.ModeLabel)))
            .Select(s => Ordered(s.Samples))
            .Where(s => s.Count > 0)
            .ToList();
        double[] times = [.. series.SelectMany(s => s).Select(s => s.Time)
            .Where(t => t >= raw.Start && t <= raw.End).Distinct().Order()];
        double maxGap = raw.Interval > TimeSpan.Zero
            ? raw.Interval.TotalSeconds * MaxGapIntervals
            : double.PositiveInfinity;

        var elapsed = new List<double>();
        var cores = new List<double>();
        for (int i = 1; i < times.Length; i++)
        {
            if (BusyRate(series, times[i - 1], times[i], maxGap) is { } rate)
            {
                elapsed.Add(((times[i - 1] + times[i]) / 2) - raw.Start);
                cores.Add(rate);
            }
        }

        return new TimeSeries([.. elapsed], [.. cores]);
    }

    /// <summary>Used bytes, MemTotal − MemAvailable, at each MemAvailable sample inside the window.</summary>
    public static TimeSeries UsedMemory(RecordedWindow raw)
    {
        var total = Ordered(raw.Series.FirstOrDefault(s => s.Name == SeriesNames.MemoryTotal)?.Samples ?? []);
        var available = Ordered(raw.Series.FirstOrDefault(s => s.Name == SeriesNames.MemoryAvailable)?.Samples ?? []);
        if (total.Count == 0)
        {
            return TimeSeries.Empty;
        }

        var inside = available.Where(a => a.Time >= raw.Start && a.Time <= raw.End).ToList();
        return new TimeSeries(
            [.. inside.Select(a => a.Time - raw.Start)],
            [.. inside.Select(a => TotalAt(total, a.Time) - a.Value)]);
    }

    private static double? BusyRate(List<List<Sample>> series, double start, double end, double maxGap)
    {
        double sum = 0;
        foreach (var samples in series)
        {
            var total = WindowArithmetic.CounterTotal(Around(samples, start, end), start, end, maxGap);
            if (total.Rate is not { } rate)
            {
                return null;
            }

            sum += rate;
        }

        return sum;
    }

    /// <summary>The samples from the last one at or before <paramref name="start"/> to the first one at or after
    /// <paramref name="end"/>: all the counter arithmetic needs for that interval.</summary>
    private static List<Sample> Around(List<Sample> samples, double start, double end)
    {
        int first = Math.Max(0, CountAtOrBefore(samples, start) - 1);
        int last = Math.Min(samples.Count - 1, CountBefore(samples, end));
        return first <= last ? samples.GetRange(first, last - first + 1) : [];
    }

    private static int CountAtOrBefore(List<Sample> samples, double time) => Partition(samples, s => s.Time <= time);

    private static int CountBefore(List<Sample> samples, double time) => Partition(samples, s => s.Time < time);

    /// <summary>How many leading samples satisfy a condition that holds for a prefix of the list.</summary>
    private static int Partition(List<Sample> samples, Func<Sample, bool> holds)
    {
        int low = 0, high = samples.Count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (holds(samples[middle]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Finite samples by time; of equal times the last one wins, as in the window arithmetic.</summary>
    private static List<Sample> Ordered(IEnumerable<Sample> samples) =>
    [
        .. samples
            .Where(s => double.IsFinite(s.Time) && double.IsFinite(s.Value))
            .GroupBy(s => s.Time)
            .Select(g => g.Last())
            .OrderBy(s => s.Time),
    ];

    /// <summary>MemTotal at a time: the latest sample at or before it, else the first one (as the core does).</summary>
    private static double TotalAt(List<Sample> total, double time)
    {
        int count = CountAtOrBefore(total, time);
        return count > 0 ? total[count - 1].Value : total[0].Value;
    }
}
