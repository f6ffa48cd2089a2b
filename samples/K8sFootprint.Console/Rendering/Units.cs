using System.Globalization;

namespace K8sFootprint.ConsoleApp.Rendering;

/// <summary>Human units for the console: binary byte multiples, cores, percentages.</summary>
internal static class Units
{
    private static readonly string[] ByteUnits = ["B", "KiB", "MiB", "GiB", "TiB"];

    public static string Bytes(double? bytes)
    {
        if (bytes is not { } value)
        {
            return "n/a";
        }

        int unit = 0;
        double scaled = Math.Abs(value);
        while (scaled >= 1024 && unit < ByteUnits.Length - 1)
        {
            scaled /= 1024;
            unit++;
        }

        string sign = value < 0 ? "-" : string.Empty;
        string format = unit == 0 ? "0" : "0.00";
        return $"{sign}{scaled.ToString(format, CultureInfo.InvariantCulture)} {ByteUnits[unit]}";
    }

    public static string Cores(double? cores) =>
        cores is { } value ? value.ToString("0.000", CultureInfo.InvariantCulture) + " cores" : "n/a";

    public static string Percent(double? percent) =>
        percent is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) + " %" : "n/a";

    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan time) =>
        time.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture) + " s";

    /// <summary>A value in a metric's unit (the same text as the Markdown report).</summary>
    public static string Of(double? value, string unit) => K8sFootprint.Reporting.Quantities.Format(value, unit);
}
