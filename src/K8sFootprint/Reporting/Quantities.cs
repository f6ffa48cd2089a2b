using System.Globalization;

namespace K8sFootprint.Reporting;

/// <summary>Values in a metric's unit, written for people: bytes in binary multiples, cores, percentages.</summary>
public static class Quantities
{
    private static readonly string[] ByteUnits = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

    /// <summary>Formats a value in its unit.</summary>
    /// <param name="value">The value, or <see langword="null"/> for "undefined".</param>
    /// <param name="unit">The unit: <c>bytes</c>, <c>cores</c>, <c>percent</c> or anything else.</param>
    /// <returns>The text.</returns>
    public static string Format(double? value, string unit)
    {
        if (value is not { } v)
        {
            return "undefined";
        }

        return unit switch
        {
            "bytes" => Bytes(v),
            "cores" => v.ToString("0.000", CultureInfo.InvariantCulture) + " cores",
            "percent" => v.ToString("0.00", CultureInfo.InvariantCulture) + " %",
            _ => v.ToString("G4", CultureInfo.InvariantCulture) + " " + unit,
        };
    }

    private static string Bytes(double value)
    {
        int unit = 0;
        double scaled = Math.Abs(value);
        while (scaled >= 1024 && unit < ByteUnits.Length - 1)
        {
            scaled /= 1024;
            unit++;
        }

        string sign = value < 0 ? "\u2212" : string.Empty;
        string format = unit == 0 ? "0" : scaled >= 100 ? "0" : scaled >= 10 ? "0.0" : "0.00";
        return $"{sign}{scaled.ToString(format, CultureInfo.InvariantCulture)} {ByteUnits[unit]}";
    }
}
