namespace K8sFootprint.Sources.Proc;

/// <summary>Parses <c>/proc/net/dev</c>: two header lines, then
/// <c>iface: 8 receive and 8 transmit counters</c>.</summary>
internal static class NetDevParser
{
    private const int CountersPerDirection = 8;

    public static bool IsHeader(string line) => line.Contains('|', StringComparison.Ordinal);

    public static NetDevStats ParseLine(string line, TextLocation location)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        string name = colon > 0 ? line[..colon].Trim() : string.Empty;
        string[] f = colon > 0 ? Fields.Split(line[(colon + 1)..]) : [];
        if (name.Length == 0 || f.Length < 2 * CountersPerDirection)
        {
            throw location.Error("'interface:' followed by 16 counters", line);
        }

        var counters = new ulong[2 * CountersPerDirection];
        for (int i = 0; i < counters.Length; i++)
        {
            counters[i] = Fields.UInt64(f[i], location, $"counter {i + 1} of '{name}'");
        }

        return new NetDevStats(
            name, counters[0], counters[1], counters[CountersPerDirection], counters[CountersPerDirection + 1]);
    }
}
