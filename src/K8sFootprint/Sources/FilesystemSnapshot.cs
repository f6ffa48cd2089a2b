namespace K8sFootprint.Sources;

/// <summary>The mount table and file system usage at one moment.</summary>
/// <param name="Time">When it was taken, in seconds on the sampling clock.</param>
/// <param name="Mounts">Every mount, in mount-table order.</param>
public sealed record FilesystemSnapshot(double Time, IReadOnlyList<MountedFilesystem> Mounts);
