using System.Globalization;
using K8sFootprint.Reporting;
using K8sFootprint.Statistics;

namespace K8sFootprint.Interactive.Internal;

/// <summary>The small phrases the formatters share, so that a figure reads the same in every table.</summary>
internal static class Phrases
{
    /// <summary>The 95 % interval of a mean, "low to high" in the metric's unit, or "undefined".</summary>
    public static string Interval(MetricSummary summary, string unit) => summary.ConfidenceLow is null
        ? "undefined"
        : $"{Quantities.Format(summary.ConfidenceLow, unit)} to {Quantities.Format(summary.ConfidenceHigh, unit)}";

    /// <summary>A ratio of means with its interval, for example "0.930 (0.912 to 0.948)".</summary>
    public static string Ratio(BaselineComparison comparison) => comparison.Ratio is not { } ratio
        ? "undefined"
        : Fixed(ratio) + (comparison.Interval is { IsBounded: true } interval
            ? $" ({Fixed(interval.Low!.Value)} to {Fixed(interval.High!.Value)})"
            : " (interval unbounded)");

    /// <summary>A duration in seconds, for example "60 s" or "0.5 s".</summary>
    public static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    /// <summary>The text with its first letter in upper case.</summary>
    public static string Capital(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A p-value with three significant digits.</summary>
    public static string PValue(double p) => p.ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>A number with three decimals, for example a ratio.</summary>
    public static string Fixed(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
