namespace K8sFootprint.Sources;

/// <summary>One mount and its usage as <c>df</c> reports it: used = (blocks − free) × fragment size.</summary>
/// <param name="MountPoint">Where it is mounted.</param>
/// <param name="Source">The mount source, such as <c>/dev/vda1</c>.</param>
/// <param name="FsType">The file system type, such as <c>ext4</c>.</param>
/// <param name="MajorMinor">The device number as <c>major:minor</c>; bind mounts share it.</param>
/// <param name="SizeBytes">Total size, or <see langword="null"/> when not reported.</param>
/// <param name="UsedBytes">Used bytes, or <see langword="null"/> when not reported.</param>
/// <param name="AvailableBytes">Bytes available to unprivileged users, or <see langword="null"/>.</param>
public sealed record MountedFilesystem(
    string MountPoint,
    string Source,
    string FsType,
    string MajorMinor,
    long? SizeBytes,
    long? UsedBytes,
    long? AvailableBytes);
