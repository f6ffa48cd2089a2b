using System.Globalization;
using System.Text.RegularExpressions;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>Reads durations as people write them: <c>90</c> (seconds), <c>90s</c>, <c>15m</c>, <c>1h30m</c>,
/// <c>500ms</c> or <c>00:01:30</c>, from zero to 365 days.</summary>
public static partial class DurationText
{
    /// <summary>Gets the longest duration accepted.</summary>
    public static TimeSpan Limit { get; } = TimeSpan.FromDays(365);

    /// <summary>Reads a duration.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The duration, or zero when the text is not one.</param>
    /// <returns>Whether the text is a duration from zero to <see cref="Limit"/>.</returns>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        text = text?.Trim() ?? string.Empty;
        if (text.Length == 0 || !TrySeconds(text, out double seconds))
        {
            return false;
        }

        if (!double.IsFinite(seconds) || seconds < 0 || seconds > Limit.TotalSeconds)
        {
            return false;
        }

        value = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>Writes a duration as people write it: <c>90s</c>, <c>15m</c>, <c>1h30m</c>, <c>1.5s</c>.</summary>
    /// <param name="value">The duration.</param>
    /// <returns>The text, such as <c>1h30m</c>; a negative duration starts with a minus sign.</returns>
    public static string Format(TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            return "-" + Format(value.Duration());
        }

        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var text = new System.Text.StringBuilder();
        long hours = (long)value.TotalHours;
        if (hours > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{hours}h");
        }

        if (value.Minutes > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{value.Minutes}m");
        }

        double seconds = value.Seconds + (value.Milliseconds / 1000.0);
        if (seconds > 0 || text.Length == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{seconds:0.###}s");
        }

        return text.ToString();
    }

    private static bool TrySeconds(string text, out double seconds)
    {
        seconds = 0;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double plain))
        {
            seconds = plain;
            return true;
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            bool parsed = TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span);
            seconds = span.TotalSeconds;
            return parsed;
        }

        if (Units().Match(text) is not { Success: true } match)
        {
            return false;
        }

        seconds = (Number(match, "h") * 3600) + (Number(match, "m") * 60) + Number(match, "s")
            + (Number(match, "ms") / 1000);
        return true;
    }

    private static double Number(Match match, string unit) =>
        match.Groups[unit].Success ? double.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(
        @"^(?:(?<h>\d+(?:\.\d+)?)h)?(?:(?<m>\d+(?:\.\d+)?)m(?!s))?(?:(?<s>\d+(?:\.\d+)?)s)?(?:(?<ms>\d+)ms)?$")]
    private static partial Regex Units();
}
