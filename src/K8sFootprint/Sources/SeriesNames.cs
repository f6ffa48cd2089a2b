namespace K8sFootprint.Sources;

/// <summary>The series every source delivers, named after node exporter's metrics so that all sources share
/// one arithmetic.</summary>
public static class SeriesNames
{
    /// <summary>CPU time in seconds per <c>mode</c> (user, nice, system, idle, iowait, irq, softirq, steal).</summary>
    public const string CpuSeconds = "node_cpu_seconds_total";

    /// <summary>Guest CPU time per <c>mode</c> (user, nice); already inside user and nice.</summary>
    public const string CpuGuestSeconds = "node_cpu_guest_seconds_total";

    /// <summary>Total usable memory in bytes.</summary>
    public const string MemoryTotal = "node_memory_MemTotal_bytes";

    /// <summary>Memory available for new work without swapping, in bytes.</summary>
    public const string MemoryAvailable = "node_memory_MemAvailable_bytes";

    /// <summary>Bytes read per <c>device</c>.</summary>
    public const string DiskReadBytes = "node_disk_read_bytes_total";

    /// <summary>Bytes written per <c>device</c>.</summary>
    public const string DiskWrittenBytes = "node_disk_written_bytes_total";

    /// <summary>Reads completed per <c>device</c>.</summary>
    public const string DiskReadsCompleted = "node_disk_reads_completed_total";

    /// <summary>Writes completed per <c>device</c>.</summary>
    public const string DiskWritesCompleted = "node_disk_writes_completed_total";

    /// <summary>Bytes received per network <c>device</c>.</summary>
    public const string NetworkReceiveBytes = "node_network_receive_bytes_total";

    /// <summary>Bytes transmitted per network <c>device</c>.</summary>
    public const string NetworkTransmitBytes = "node_network_transmit_bytes_total";

    /// <summary>The label that names a CPU mode.</summary>
    public const string ModeLabel = "mode";

    /// <summary>Gets the CPU modes counted as busy: user, nice, system, irq and softirq (guest time is already
    /// inside user and nice; idle, iowait and steal are not busy).</summary>
    public static IReadOnlyList<string> BusyCpuModes { get; } = ["user", "nice", "system", "irq", "softirq"];

    /// <summary>The label that names a disk or network device.</summary>
    public const string DeviceLabel = "device";
}
