using K8sFootprint.Measurement.Internal;
using K8sFootprint.Sources;

namespace K8sFootprint.Measurement;

/// <summary>
/// Computes a <see cref="Footprint"/> from a <see cref="RecordedWindow"/>: one implementation of the per-run
/// arithmetic for every source. Call it again on a stored result's raw window to recompute with another
/// device selection.
/// </summary>
public static class FootprintCalculator
{
    /// <summary>Computes the five metrics of one window.</summary>
    /// <param name="node">The node's name.</param>
    /// <param name="raw">What the source recorded.</param>
    /// <param name="options">Device selection, gap rule and settle time; defaults when <see langword="null"/>.</param>
    /// <returns>The footprint, with the raw window inside it.</returns>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static Footprint Calculate(string node, RecordedWindow raw, IdleMeasurementOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(node);
        ArgumentNullException.ThrowIfNull(raw);
        options ??= new IdleMeasurementOptions();
        options.Validate();

        var context = new WindowContext(raw, options.MaxGapIntervals);
        var cpu = CpuCalculator.Calculate(context);
        var memory = MemoryCalculator.Calculate(context);
        var diskIo = DiskIoCalculator.Calculate(context, options.Selection);
        var network = NetworkCalculator.Calculate(context, options.Selection);
        var diskUsage = DiskUsageCalculator.Calculate(context);

        return new Footprint
        {
            Node = node,
            Source = raw.Source,
            Window = new MeasurementWindow(
                raw.StartTime,
                raw.StartTime + TimeSpan.FromSeconds(raw.Duration),
                raw.Interval,
                raw.SampleCount,
                options.Settle,
                raw.ClockOffset),
            Cpu = cpu,
            Memory = memory,
            DiskIo = diskIo,
            Network = network,
            DiskUsage = diskUsage,
            Host = raw.Host,
            Overhead = raw.Overhead,
            Warnings = [.. raw.Warnings, .. context.Warnings],
            Selection = options.Selection,
            Raw = raw,
        };
    }

    /// <summary>Recomputes a stored footprint from its raw window with another device selection, keeping its
    /// settle time.</summary>
    /// <param name="footprint">A footprint, for example read back with <c>FootprintJson</c>.</param>
    /// <param name="selection">The disks and interfaces to count.</param>
    /// <returns>The recomputed footprint.</returns>
    public static Footprint Recalculate(Footprint footprint, DeviceSelection selection)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        ArgumentNullException.ThrowIfNull(selection);
        var options = new IdleMeasurementOptions
        {
            Settle = footprint.Window.Settle,
            Window = footprint.Window.Duration,
            Interval = footprint.Window.Interval,
            Selection = selection,
        };
        return Calculate(footprint.Node, footprint.Raw, options);
    }
}
