using K8sFootprint.Sources;
using K8sFootprint.Statistics;

namespace K8sFootprint.Measurement.Internal;

/// <summary>Used memory = MemTotal − MemAvailable, averaged over time.</summary>
internal static class MemoryCalculator
{
    public static MemoryFootprint Calculate(WindowContext context)
    {
        var total = context.Series(SeriesNames.MemoryTotal).FirstOrDefault()?.Samples ?? [];
        var available = context.Series(SeriesNames.MemoryAvailable).FirstOrDefault()?.Samples ?? [];
        if (total.Count == 0 || available.Count == 0)
        {
            context.Warn(WarningCodes.MissingData, "Memory: MemTotal or MemAvailable samples are missing.");
            return new MemoryFootprint(null, null, null, context.Raw.Host.MemoryTotalBytes, 0, 0);
        }

        var used = available.Select(a => new Sample(a.Time, TotalAt(total, a.Time) - a.Value)).ToList();
        var average = context.Gauge(used, "Memory");
        return new MemoryFootprint(
            average.Average,
            average.Max,
            average.Min,
            (long)TotalAt(total, context.Raw.End),
            average.Coverage,
            average.PointCount);
    }

    /// <summary>MemTotal at a time: the latest sample at or before it, else the first one.</summary>
    private static double TotalAt(IReadOnlyList<Sample> total, double time)
    {
        var before = total.LastOrDefault(s => s.Time <= time);
        return before == default ? total[0].Value : before.Value;
    }
}
