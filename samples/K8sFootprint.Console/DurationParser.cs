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

        string option = result.Parent is OptionResult owner ? owner.Option.Name : "duration";
        result.AddError(
            $"Option '{option}' expects a duration from 0 to 365 days, such as '90s', '15m', '1h' or '00:01:30'; " +
            $"got '{text}'.");
        return TimeSpan.Zero;
    }

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        text = text.Trim();
        double seconds;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double plain))
        {
            seconds = plain;
        }
        else if (text.Contains(':', StringComparison.Ordinal))
        {
            if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span))
            {
                return false;
            }

            seconds = span.TotalSeconds;
        }
        else if (Units().Match(text) is { Success: true } match && text.Length > 0)
        {
            seconds = (Number(match, "h") * 3600) + (Number(match, "m") * 60) + Number(match, "s")
                + (Number(match, "ms") / 1000);
        }
        else
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

    private static TimeSpan Limit => TimeSpan.FromDays(365);

    private static double Number(Match match, string unit) =>
        match.Groups[unit].Success ? double.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(
        @"^(?:(?<h>\d+(?:\.\d+)?)h)?(?:(?<m>\d+(?:\.\d+)?)m(?!s))?(?:(?<s>\d+(?:\.\d+)?)s)?(?:(?<ms>\d+)ms)?$")]
    private static partial Regex Units();
}
