using System.Globalization;

namespace K8sFootprint.Statistics;

/// <summary>Words that follow the numbers: a direction only when the interval excludes no difference.</summary>
internal static class VerdictWords
{
    private const string Minus = "\u2212";

    public static string Describe(
        Verdict verdict,
        string noun,
        string baseline,
        double? relative,
        RatioInterval? interval,
        MetricSummary candidate,
        MetricSummary reference) => verdict switch
        {
            Verdict.Less => $"{Magnitude(relative!.Value)} % less {noun} than {baseline} ({Range(interval!)})",
            Verdict.More => $"{Magnitude(relative!.Value)} % more {noun} than {baseline} ({Range(interval!)})",
            Verdict.NoClearDifference when interval is { Low: 1, High: 1 } =>
                "no difference (the same value in every run)",
            Verdict.NoClearDifference when interval is { IsBounded: true } =>
                $"no clear difference ({Range(interval)})",
            Verdict.NoClearDifference =>
                $"no clear difference (interval unbounded: the {baseline} mean is not clearly above zero)",
            Verdict.NotEnoughRuns =>
                $"not enough runs to compare (N = {candidate.Count} and {reference.Count}; at least 2 each)",
            _ when candidate is { Min: 0, Max: 0 } && reference is { Min: 0, Max: 0 } =>
                "no difference (both 0 in every run)",
            _ => $"no ratio: the {baseline} mean is 0",
        };

    /// <summary>A relative difference in percent, without its sign: whole percent from 10 up, one decimal from
    /// 1, two below.</summary>
    public static string Magnitude(double percent)
    {
        double value = Math.Abs(percent);
        string format = value >= 10 ? "0" : value >= 1 ? "0.#" : "0.##";
        string text = value.ToString(format, CultureInfo.InvariantCulture);

        // "100 % less" would mean nothing at all; keep the digits that say how close to it the value is.
        return text == "100" && value < 100 ? Math.Min(value, 99.9999).ToString("0.####", CultureInfo.InvariantCulture)
            : text;
    }

    /// <summary>A signed percentage such as "−9 %" or "+5 %".</summary>
    public static string Signed(double percent)
    {
        string magnitude = Magnitude(percent);
        string sign = magnitude.Trim('0', '.').Length == 0 ? string.Empty : percent < 0 ? Minus : "+";
        return $"{sign}{magnitude} %";
    }

    private static string Range(RatioInterval interval) =>
        $"{Signed((interval.Low!.Value - 1) * 100)} to {Signed((interval.High!.Value - 1) * 100)}";
}
