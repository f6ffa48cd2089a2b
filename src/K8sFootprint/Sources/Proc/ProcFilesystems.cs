namespace K8sFootprint.Sources.Proc;

/// <summary>One file-system section of the recording: the mount table and df at one moment.</summary>
internal sealed class ProcFilesystems(long uptimeCentiseconds)
{
    public long UptimeCentiseconds { get; } = uptimeCentiseconds;

    public List<MountInfoEntry> Mounts { get; } = [];

    public List<DfEntry> Usage { get; } = [];

    public bool Complete { get; set; }

    /// <summary>Joins mounts and usage by mount point; for stacked mounts the last one wins, as in the
    /// kernel.</summary>
    public FilesystemSnapshot ToSnapshot()
    {
        var usage = new Dictionary<string, DfEntry>(StringComparer.Ordinal);
        foreach (var row in Usage)
        {
            usage[row.MountPoint] = row;
        }

        var mounts = Mounts
            .Select(m => usage.TryGetValue(m.MountPoint, out var u)
                ? new MountedFilesystem(m.MountPoint, m.Source, m.FsType, m.MajorMinor, u.SizeBytes, u.UsedBytes,
                    u.AvailableBytes)
                : new MountedFilesystem(m.MountPoint, m.Source, m.FsType, m.MajorMinor, null, null, null))
            .ToList();
        return new FilesystemSnapshot(UptimeCentiseconds / 100.0, mounts);
    }
}
