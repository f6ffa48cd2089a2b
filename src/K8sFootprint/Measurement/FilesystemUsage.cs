namespace K8sFootprint.Measurement;

/// <summary>One mounted file system's usage at both ends of the window.</summary>
/// <param name="MountPoint">Where it is mounted.</param>
/// <param name="Source">The mount source, such as <c>/dev/vda1</c>.</param>
/// <param name="FsType">The file system type.</param>
/// <param name="MajorMinor">The device number; bind mounts share it.</param>
/// <param name="SizeBytes">Total size at t1.</param>
/// <param name="UsedBytesAtStart">Used bytes at t0.</param>
/// <param name="UsedBytesAtEnd">Used bytes at t1.</param>
/// <param name="Counted">Whether it is part of the total: block-device backed and first of its device.</param>
/// <param name="Note">Why it is not counted, when it is not.</param>
public sealed record FilesystemUsage(
    string MountPoint,
    string Source,
    string FsType,
    string MajorMinor,
    long? SizeBytes,
    long? UsedBytesAtStart,
    long? UsedBytesAtEnd,
    bool Counted,
    string? Note)
{
    /// <summary>Gets the growth from t0 to t1, when both are known.</summary>
    public long? GrowthBytes => UsedBytesAtEnd - UsedBytesAtStart;
}
