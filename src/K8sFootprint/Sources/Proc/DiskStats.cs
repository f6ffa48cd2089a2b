namespace K8sFootprint.Sources.Proc;

/// <summary>One device line of <c>/proc/diskstats</c>; sector counts are always in 512-byte units.</summary>
internal sealed record DiskStats(
    int Major,
    int Minor,
    string Device,
    ulong ReadsCompleted,
    ulong SectorsRead,
    ulong WritesCompleted,
    ulong SectorsWritten)
{
    public const int SectorBytes = 512;
}
