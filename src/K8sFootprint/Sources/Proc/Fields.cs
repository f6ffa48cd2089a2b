using System.Globalization;

namespace K8sFootprint.Sources.Proc;

/// <summary>Splitting and number parsing shared by the /proc parsers.</summary>
internal static class Fields
{
    public static string[] Split(string line) =>
        line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public static ulong UInt64(string field, TextLocation location, string what)
    {
        if (ulong.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value))
        {
            return value;
        }

        throw location.Error($"{what} as a non-negative integer", field);
    }

    public static long Int64(string field, TextLocation location, string what)
    {
        if (long.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            return value;
        }

        throw location.Error($"{what} as an integer", field);
    }
}
