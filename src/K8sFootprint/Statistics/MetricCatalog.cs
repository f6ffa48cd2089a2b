namespace K8sFootprint.Statistics;

/// <summary>The metrics a footprint yields per run (METHODOLOGY.md, "The five metrics"). Totals are over the
/// window; compare runs of equal windows.</summary>
public static class MetricCatalog
{
    /// <summary>Average busy cores.</summary>
    public static readonly MetricDefinition Cpu = new("cpu", "CPU", "cores", IsHeadline: true);

    /// <summary>Time-weighted average used memory.</summary>
    public static readonly MetricDefinition Memory = new("memory", "memory", "bytes", IsHeadline: true);

    /// <summary>Bytes read plus written on whole disks.</summary>
    public static readonly MetricDefinition DiskIo = new("disk-io", "disk i/o", "bytes", IsHeadline: true);

    /// <summary>External network bytes received plus transmitted.</summary>
    public static readonly MetricDefinition Network = new("network", "network i/o", "bytes", IsHeadline: true);

    /// <summary>Used bytes on block-device file systems at the end of the window.</summary>
    public static readonly MetricDefinition DiskUsage = new("disk-usage", "disk usage", "bytes", IsHeadline: true);

    /// <summary>Busy cores as a percentage of capacity.</summary>
    public static readonly MetricDefinition CpuPercent = new("cpu-percent", "CPU share", "percent", false);

    /// <summary>The largest used memory seen.</summary>
    public static readonly MetricDefinition MemoryMax = new("memory-max", "peak memory", "bytes", false);

    /// <summary>Bytes read from whole disks.</summary>
    public static readonly MetricDefinition DiskRead = new("disk-read", "disk reads", "bytes", false);

    /// <summary>Bytes written to whole disks.</summary>
    public static readonly MetricDefinition DiskWritten = new("disk-written", "disk writes", "bytes", false);

    /// <summary>Loopback bytes received plus transmitted: the control plane's own chatter.</summary>
    public static readonly MetricDefinition Loopback = new("network-loopback", "loopback traffic", "bytes", false);

    /// <summary>Growth of disk usage from the start to the end of the window.</summary>
    public static readonly MetricDefinition DiskUsageGrowth = new("disk-usage-growth", "disk growth", "bytes", false);

    /// <summary>Gets every known metric, headline metrics first.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
        [Cpu, Memory, DiskIo, Network, DiskUsage, CpuPercent, MemoryMax, DiskRead, DiskWritten, Loopback,
            DiskUsageGrowth];

    /// <summary>Gets the five headline metrics.</summary>
    public static IReadOnlyList<MetricDefinition> Headline { get; } = [.. All.Where(m => m.IsHeadline)];

    /// <summary>Finds a metric by identifier; an unknown one (from a CSV file, say) is described by its
    /// identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="unit">The unit to use for an unknown metric.</param>
    /// <returns>The definition.</returns>
    public static MetricDefinition Describe(string id, string unit) =>
        All.FirstOrDefault(m => m.Id == id) ?? new MetricDefinition(id, id, unit, IsHeadline: false);
}
