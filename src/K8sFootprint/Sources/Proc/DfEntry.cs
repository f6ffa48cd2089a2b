namespace K8sFootprint.Sources.Proc;

/// <summary>One row of <c>df -P -B1</c>; sizes are <see langword="null"/> where df prints <c>-</c>.</summary>
internal sealed record DfEntry(
    string Source,
    long? SizeBytes,
    long? UsedBytes,
    long? AvailableBytes,
    string MountPoint);
