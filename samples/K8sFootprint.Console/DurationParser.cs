using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace K8sFootprint.ConsoleApp;

/// <summary>Parses durations such as <c>90</c>, <c>90s</c>, <c>15m</c>, <c>1h30m</c> or <c>00:01:30</c>.</summary>
internal static partial class DurationParser
{
    public static TimeSpan Parse(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (TryParse(text, out var value))
        {
            return value;
        }

        result.AddError(
            $"Option '{result.Parent?.ToString() ?? "duration"}' expects a duration such as '90s', '15m', '1h' or " +
            $"'00:01:30'; got '{text}'.");
        return TimeSpan.Zero;
    }

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            value = TimeSpan.FromSeconds(seconds);
            return seconds >= 0 && double.IsFinite(seconds);
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero;
        }

        var match = Units().Match(text);
        if (!match.Success || text.Length == 0)
        {
            return false;
        }

        value = TimeSpan.FromHours(Number(match, "h")) + TimeSpan.FromMinutes(Number(match, "m"))
            + TimeSpan.FromSeconds(Number(match, "s")) + TimeSpan.FromMilliseconds(Number(match, "ms"));
        return true;
    }

    private static double Number(Match match, string unit) =>
        match.Groups[unit].Success ? double.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?:(?<h>\d+(?:\.\d+)?)h)?(?:(?<m>\d+(?:\.\d+)?)m(?!s))?(?:(?<s>\d+(?:\.\d+)?)s)?(?:(?<ms>\d+)ms)?$")]
    private static partial Regex Units();
}
