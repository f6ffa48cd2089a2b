using K8sFootprint.Measurement;
using K8sFootprint.Reporting;
using K8sFootprint.Statistics;

namespace BudgetTests;

/// <summary>The most an idle node may spend on one metric, e.g. "memory at most 2 GiB" or "disk writes at most
/// 1 GiB per hour".</summary>
/// <param name="Metric">The metric, one of <see cref="MetricCatalog"/>.</param>
/// <param name="Limit">The largest accepted value in the metric's unit; per hour of window when
/// <paramref name="PerHour"/> is set.</param>
/// <param name="PerHour">Whether the metric, a total over the window, is compared as a rate per hour, so that
/// windows of any length can share one budget.</param>
public sealed record Budget(MetricDefinition Metric, double Limit, bool PerHour = false)
{
    /// <summary>Time-weighted average used memory (MemTotal − MemAvailable) at most this many bytes.</summary>
    /// <param name="bytes">The limit in bytes.</param>
    /// <returns>The budget.</returns>
    public static Budget Memory(double bytes) => new(MetricCatalog.Memory, bytes);

    /// <summary>Average busy cores at most this many.</summary>
    /// <param name="cores">The limit in cores (CPU-seconds per second).</param>
    /// <returns>The budget.</returns>
    public static Budget Cpu(double cores) => new(MetricCatalog.Cpu, cores);

    /// <summary>Busy cores as a share of the node's capacity at most this percentage.</summary>
    /// <param name="percent">The limit in percent of all cores.</param>
    /// <returns>The budget.</returns>
    public static Budget CpuPercent(double percent) => new(MetricCatalog.CpuPercent, percent);

    /// <summary>Bytes written to whole disks at most this many per hour.</summary>
    /// <param name="bytesPerHour">The limit in bytes per hour.</param>
    /// <returns>The budget.</returns>
    public static Budget DiskWrites(double bytesPerHour) => new(MetricCatalog.DiskWritten, bytesPerHour, true);

    /// <summary>Bytes read plus written on whole disks at most this many per hour.</summary>
    /// <param name="bytesPerHour">The limit in bytes per hour.</param>
    /// <returns>The budget.</returns>
    public static Budget DiskIo(double bytesPerHour) => new(MetricCatalog.DiskIo, bytesPerHour, true);

    /// <summary>External network bytes received plus sent at most this many per hour.</summary>
    /// <param name="bytesPerHour">The limit in bytes per hour.</param>
    /// <returns>The budget.</returns>
    public static Budget Network(double bytesPerHour) => new(MetricCatalog.Network, bytesPerHour, true);

    /// <summary>Writes a value in the budget's unit, e.g. <c>1.50 GiB</c>, <c>0.120 cores</c> or
    /// <c>12.0 MiB/h</c>.</summary>
    /// <param name="value">The value; <see langword="null"/> reads "undefined".</param>
    /// <returns>The text.</returns>
    public string Format(double? value) =>
        Quantities.Format(value, Metric.Unit) + (PerHour && value is not null ? "/h" : string.Empty);

    /// <summary>Reads this budget's metric from one run, as a rate per hour when <see cref="PerHour"/> is set.
    /// </summary>
    /// <param name="footprint">The run.</param>
    /// <returns>The value, or <see langword="null"/> when the window could not give one.</returns>
    public double? Measure(Footprint footprint)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        var found = FootprintMetrics.Values(footprint).Where(m => m.Metric.Id == Metric.Id).Select(m => m.Value);
        if (!found.Any())
        {
            return null;
        }

        return PerHour ? PerHourOf(found.First(), footprint.Window.Duration) : found.First();
    }

    /// <summary>Turns a total over a window into a rate per hour.</summary>
    /// <param name="total">The total over the window.</param>
    /// <param name="window">The window's length.</param>
    /// <returns>The total per hour of window.</returns>
    public static double PerHourOf(double total, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        return total / window.TotalHours;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Metric.Noun} at most {Format(Limit)}";
}
