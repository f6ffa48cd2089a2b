namespace K8sFootprint.Measurement;

/// <summary>Disk usage summed over distinct block-device file systems, at both ends of the window.</summary>
/// <param name="UsedBytesAtStart">Used bytes at t0.</param>
/// <param name="UsedBytesAtEnd">Used bytes at t1: the headline figure.</param>
/// <param name="Filesystems">Every mount seen, with whether it counted and why not.</param>
public sealed record DiskUsageFootprint(
    long UsedBytesAtStart,
    long UsedBytesAtEnd,
    IReadOnlyList<FilesystemUsage> Filesystems)
{
    /// <summary>Gets the growth from t0 to t1.</summary>
    public long GrowthBytes => UsedBytesAtEnd - UsedBytesAtStart;
}
