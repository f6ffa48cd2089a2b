using System.Text;

namespace K8sFootprint.Sources.Proc;

/// <summary>Parses <c>/proc/self/mountinfo</c> lines (see proc_pid_mountinfo(5)).</summary>
internal static class MountInfoParser
{
    private const string Expected =
        "'ID PARENT MAJOR:MINOR ROOT MOUNTPOINT OPTIONS [OPTIONAL...] - FSTYPE SOURCE SUPEROPTIONS'";

    public static MountInfoEntry ParseLine(string line, TextLocation location)
    {
        string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int separator = Array.IndexOf(f, "-", 6);
        if (f.Length < 9 || separator < 0 || separator + 2 >= f.Length || !f[2].Contains(':', StringComparison.Ordinal))
        {
            throw location.Error(Expected, line);
        }

        return new MountInfoEntry(
            (int)Fields.UInt64(f[0], location, "the mount ID"),
            (int)Fields.UInt64(f[1], location, "the parent mount ID"),
            f[2],
            Unescape(f[3]),
            Unescape(f[4]),
            f[separator + 1],
            Unescape(f[separator + 2]));
    }

    /// <summary>Decodes the kernel's <c>\ooo</c> octal escapes (space, tab, newline, backslash).</summary>
    public static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length && IsOctal(field.AsSpan(i + 1, 3)))
            {
                text.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
                continue;
            }

            text.Append(field[i]);
        }

        return text.ToString();
    }

    private static bool IsOctal(ReadOnlySpan<char> digits) =>
        digits.Length == 3 && digits[0] is >= '0' and <= '3' && digits[1] is >= '0' and <= '7'
        && digits[2] is >= '0' and <= '7';
}
