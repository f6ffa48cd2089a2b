namespace K8sFootprint.Statistics;

/// <summary>Which values of one metric look unlike the rest. Flagged values are reported, never dropped.</summary>
/// <param name="TukeyLow">The lower Tukey fence, Q1 − 1.5 × IQR on type-7 quartiles; undefined below 3
/// values.</param>
/// <param name="TukeyHigh">The upper Tukey fence, Q3 + 1.5 × IQR.</param>
/// <param name="MadLow">The lower MAD fence, median − 3 × 1.4826 × MAD; only for 3 to 9 values, and undefined when
/// the MAD is zero or below a billionth of the median (rounding noise), where it would flag every other
/// value.</param>
/// <param name="MadHigh">The upper MAD fence, median + 3 × 1.4826 × MAD.</param>
/// <param name="Flagged">Zero-based positions of the flagged values in the order they were given.</param>
public sealed record OutlierReport(
    double? TukeyLow,
    double? TukeyHigh,
    double? MadLow,
    double? MadHigh,
    IReadOnlyList<int> Flagged)
{
    /// <summary>Gets a report with no fences and nothing flagged.</summary>
    public static OutlierReport None { get; } = new(null, null, null, null, []);
}
