using System.CommandLine.Parsing;
using System.Globalization;

namespace K8sFootprint.ConsoleApp;

/// <summary>Parses whole-number options within a range, with a message that names the option.</summary>
internal static class NumberParser
{
    public static Func<ArgumentResult, int> WholeNumber(int min, int max) => result =>
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            && value >= min && value <= max)
        {
            return value;
        }

        string option = result.Parent is OptionResult owner ? owner.Option.Name : "number";
        result.AddError($"Option '{option}' expects a whole number from {min} to {max}; got '{text}'.");
        return min;
    };

    public static Func<ArgumentResult, int?> OptionalWholeNumber() => result =>
        WholeNumber(int.MinValue, int.MaxValue)(result);
}
