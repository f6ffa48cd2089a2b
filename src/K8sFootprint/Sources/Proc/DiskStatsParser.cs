namespace K8sFootprint.Sources.Proc;

/// <summary>Parses <c>/proc/diskstats</c> lines; kernels that add columns (discard, flush) are accepted.</summary>
internal static class DiskStatsParser
{
    private const int MinimumFields = 14;

    public static DiskStats ParseLine(string line, TextLocation location)
    {
        string[] f = Fields.Split(line);
        if (f.Length < MinimumFields)
        {
            throw location.Error($"major, minor, device name and at least 11 counters ({MinimumFields} fields)", line);
        }

        return new DiskStats(
            (int)Fields.UInt64(f[0], location, "the major device number"),
            (int)Fields.UInt64(f[1], location, "the minor device number"),
            f[2],
            Fields.UInt64(f[3], location, "reads completed"),
            Fields.UInt64(f[5], location, "sectors read"),
            Fields.UInt64(f[7], location, "writes completed"),
            Fields.UInt64(f[9], location, "sectors written"));
    }
}
