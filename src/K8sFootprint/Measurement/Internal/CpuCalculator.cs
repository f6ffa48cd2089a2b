using K8sFootprint.Sources;

namespace K8sFootprint.Measurement.Internal;

/// <summary>Busy cores from CPU-time counters: busy = user + nice + system + irq + softirq.</summary>
internal static class CpuCalculator
{
    private static IReadOnlyList<string> BusyModes => SeriesNames.BusyCpuModes;

    public static CpuFootprint Calculate(WindowContext context)
    {
        var rates = new Dictionary<string, double>(StringComparer.Ordinal);
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        double coverage = 1;
        foreach (var series in context.Series(SeriesNames.CpuSeconds))
        {
            var total = context.Counter(series, "CPU");
            string mode = series.Label(SeriesNames.ModeLabel);
            rates[mode] = rates.GetValueOrDefault(mode) + (total.Rate ?? double.NaN);
            seconds[mode] = seconds.GetValueOrDefault(mode) + total.Total;
            coverage = Math.Min(coverage, total.Coverage);
        }

        if (rates.Count == 0 || rates.Values.Any(double.IsNaN))
        {
            context.Warn(WarningCodes.MissingData, "CPU: no usable CPU-time samples inside the window.");
            return new CpuFootprint(context.Raw.Host.CpuCount, null, null, null, null, null, null, 0, 0);
        }

        double busy = BusyModes.Sum(m => rates.GetValueOrDefault(m));
        double all = rates.Values.Sum();
        int cores = context.Raw.Host.CpuCount > 0 ? context.Raw.Host.CpuCount : (int)Math.Round(all);
        double nonIdle = all > 0 ? cores * (1 - (rates.GetValueOrDefault("idle") / all)) : 0;
        return new CpuFootprint(
            cores,
            busy,
            Percent(busy, cores),
            rates.GetValueOrDefault("iowait"),
            rates.GetValueOrDefault("steal"),
            nonIdle,
            Percent(nonIdle, cores),
            BusyModes.Sum(m => seconds.GetValueOrDefault(m)),
            coverage);
    }

    private static double Percent(double value, int cores) => cores > 0 ? 100 * value / cores : 0;
}
