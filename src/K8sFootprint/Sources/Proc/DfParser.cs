using System.Globalization;
using System.Text.RegularExpressions;

namespace K8sFootprint.Sources.Proc;

/// <summary>Parses the POSIX output of <c>df -P -B1</c>: source, size, used, available, capacity, mount
/// point.</summary>
internal static partial class DfParser
{
    public static bool IsHeader(string line) => line.StartsWith("Filesystem", StringComparison.Ordinal);

    public static DfEntry ParseLine(string line, TextLocation location)
    {
        var match = Row().Match(line);
        if (!match.Success)
        {
            throw location.Error("'SOURCE SIZE USED AVAILABLE CAPACITY MOUNTPOINT' with sizes in bytes", line);
        }

        return new DfEntry(
            match.Groups["source"].Value,
            Bytes(match.Groups["size"].Value),
            Bytes(match.Groups["used"].Value),
            Bytes(match.Groups["avail"].Value),
            match.Groups["mount"].Value);
    }

    private static long? Bytes(string field) =>
        field == "-" ? null : long.Parse(field, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?<source>\S+)\s+(?<size>\d+|-)\s+(?<used>\d+|-)\s+(?<avail>\d+|-)\s+(?:\d+%|-)\s+(?<mount>/.*)$")]
    private static partial Regex Row();
}
