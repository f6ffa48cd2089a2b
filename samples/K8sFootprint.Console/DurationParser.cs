using System.CommandLine.Parsing;
using K8sFootprint.Benchmarking.Plans;

namespace K8sFootprint.ConsoleApp;

/// <summary>Parses durations such as <c>90</c>, <c>90s</c>, <c>15m</c>, <c>1h30m</c> or <c>00:01:30</c>.</summary>
internal static class DurationParser
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

    public static bool TryParse(string text, out TimeSpan value) => DurationText.TryParse(text, out value);
}
