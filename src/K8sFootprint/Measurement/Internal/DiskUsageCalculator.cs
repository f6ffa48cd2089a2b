using K8sFootprint.Sources;

namespace K8sFootprint.Measurement.Internal;

/// <summary>Disk usage over distinct block-device file systems: pseudo and memory file systems are skipped and
/// each device (major:minor) is counted once, however many times it is mounted.</summary>
internal static class DiskUsageCalculator
{
    /// <summary>File systems that hold no block-device data.</summary>
    public static readonly IReadOnlySet<string> PseudoFileSystems = new HashSet<string>(StringComparer.Ordinal)
    {
        "tmpfs", "devtmpfs", "ramfs", "overlay", "squashfs", "proc", "sysfs", "cgroup", "cgroup2", "nsfs", "devpts",
        "mqueue", "securityfs", "debugfs", "tracefs", "pstore", "bpf", "autofs", "hugetlbfs", "configfs", "fusectl",
        "binfmt_misc", "efivarfs", "rpc_pipefs", "selinuxfs", "fuse.lxcfs", "shm", "nfsd", "iso9660",
    };

    public static DiskUsageFootprint Calculate(WindowContext context)
    {
        var start = context.Raw.FilesystemsAtStart;
        var end = context.Raw.FilesystemsAtEnd ?? start;
        if (end is null)
        {
            context.Warn(WarningCodes.MissingData, "Disk usage: the source recorded no file-system snapshot.");
            return new DiskUsageFootprint(0, 0, []);
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var usage = end.Mounts.Select(m => Usage(m, Find(start, m), seen)).ToList();
        var counted = usage.Where(u => u.Counted).ToList();
        if (counted.Any(u => u.UsedBytesAtStart is null || u.UsedBytesAtEnd is null))
        {
            context.Warn(WarningCodes.MissingData, "Disk usage: some counted file systems had no usage at t0 or t1.");
        }

        return new DiskUsageFootprint(
            counted.Sum(u => u.UsedBytesAtStart ?? 0), counted.Sum(u => u.UsedBytesAtEnd ?? 0), usage);
    }

    private static FilesystemUsage Usage(
        MountedFilesystem mount,
        MountedFilesystem? atStart,
        Dictionary<string, string> seen)
    {
        string? note = null;
        if (PseudoFileSystems.Contains(mount.FsType))
        {
            note = "pseudo or memory file system";
        }
        else if (!mount.Source.StartsWith("/dev/", StringComparison.Ordinal))
        {
            note = "not backed by a block device";
        }
        else if (seen.TryGetValue(mount.MajorMinor, out string? first))
        {
            note = $"same device as '{first}'";
        }
        else
        {
            seen[mount.MajorMinor] = mount.MountPoint;
        }

        return new FilesystemUsage(
            mount.MountPoint, mount.Source, mount.FsType, mount.MajorMinor, mount.SizeBytes,
            atStart?.UsedBytes, mount.UsedBytes, note is null, note);
    }

    private static MountedFilesystem? Find(FilesystemSnapshot? snapshot, MountedFilesystem mount) =>
        snapshot?.Mounts.LastOrDefault(m => m.MountPoint == mount.MountPoint && m.MajorMinor == mount.MajorMinor);
}
