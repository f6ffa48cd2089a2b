namespace K8sFootprint.Sources.Proc;

/// <summary>Parses the aggregate <c>cpu</c> line of <c>/proc/stat</c>.</summary>
internal static class ProcStatParser
{
    private const string Expected = "'cpu' followed by at least 4 tick counts";

    public static CpuTimes ParseCpuLine(string line, TextLocation location)
    {
        string[] fields = Fields.Split(line);
        if (fields.Length < 5 || fields[0] != "cpu")
        {
            throw location.Error(Expected, line);
        }

        var ticks = new ulong?[10];
        for (int i = 1; i < fields.Length && i <= ticks.Length; i++)
        {
            ticks[i - 1] = Fields.UInt64(fields[i], location, $"CPU tick count in column {i + 1}");
        }

        return new CpuTimes(
            ticks[0]!.Value,
            ticks[1]!.Value,
            ticks[2]!.Value,
            ticks[3]!.Value,
            ticks[4],
            ticks[5],
            ticks[6],
            ticks[7],
            ticks[8],
            ticks[9]);
    }
}
