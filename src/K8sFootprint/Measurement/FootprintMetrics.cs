using K8sFootprint.Statistics;

namespace K8sFootprint.Measurement;

/// <summary>The per-run values of a footprint under the identifiers of <see cref="MetricCatalog"/>.</summary>
public static class FootprintMetrics
{
    /// <summary>Reads every catalogued metric a footprint defines; a figure the window could not give (no CPU
    /// samples, say) is left out rather than reported as zero.</summary>
    /// <param name="footprint">One run.</param>
    /// <returns>The values by metric.</returns>
    public static IReadOnlyList<(MetricDefinition Metric, double Value)> Values(Footprint footprint)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        (MetricDefinition Metric, double? Value)[] all =
        [
            (MetricCatalog.Cpu, footprint.Cpu.BusyCores),
            (MetricCatalog.Memory, footprint.Memory.AverageUsedBytes),
            (MetricCatalog.DiskIo, footprint.DiskIo.TotalBytes),
            (MetricCatalog.Network, footprint.Network.External.TotalBytes),
            (MetricCatalog.DiskUsage, footprint.DiskUsage.UsedBytesAtEnd),
            (MetricCatalog.CpuPercent, footprint.Cpu.BusyPercent),
            (MetricCatalog.MemoryMax, footprint.Memory.MaxUsedBytes),
            (MetricCatalog.DiskRead, footprint.DiskIo.ReadBytes),
            (MetricCatalog.DiskWritten, footprint.DiskIo.WrittenBytes),
            (MetricCatalog.Loopback, footprint.Network.Loopback.TotalBytes),
            (MetricCatalog.DiskUsageGrowth, footprint.DiskUsage.GrowthBytes),
        ];
        return [.. all.Where(m => m.Value is { } v && double.IsFinite(v)).Select(m => (m.Metric, m.Value!.Value))];
    }

    /// <summary>The footprint's values as long-format rows.</summary>
    /// <param name="footprint">One run.</param>
    /// <param name="target">The target's name.</param>
    /// <param name="run">The run's number, from 1.</param>
    /// <returns>One row per metric.</returns>
    public static IEnumerable<MetricObservation> Observations(Footprint footprint, string target, int run) =>
        Values(footprint).Select(m => new MetricObservation(target, run, m.Metric.Id, m.Value, m.Metric.Unit));
}
