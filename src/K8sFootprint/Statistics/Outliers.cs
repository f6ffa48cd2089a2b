namespace K8sFootprint.Statistics;

/// <summary>Flags outlying runs (METHODOLOGY.md, "Across runs"): Tukey fences with k = 1.5 on type-7 quartiles
/// and, for fewer than ten runs, the median ± 3 × 1.4826 × MAD rule as well.</summary>
public static class Outliers
{
    /// <summary>The Tukey fence multiplier.</summary>
    public const double TukeyK = 1.5;

    /// <summary>The MAD fence multiplier, applied to the normalised MAD.</summary>
    public const double MadK = 3;

    /// <summary>The factor that makes the MAD estimate a normal distribution's standard deviation.</summary>
    public const double MadScale = 1.4826;

    /// <summary>A MAD this small relative to the median is rounding noise, treated as zero: the MAD rule is then
    /// skipped rather than flagging every value that differs in its fifteenth digit.</summary>
    public const double NoiseFloor = 1e-9;

    /// <summary>Below this many values the MAD rule applies as well as Tukey's.</summary>
    public const int MadRuleBelow = 10;

    /// <summary>Flags the values outside either set of fences.</summary>
    /// <param name="values">One value per run; all finite.</param>
    /// <returns>The fences and the positions of the flagged values.</returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static OutlierReport Flag(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Guard.Finite(values, nameof(values));
        if (values.Count < 3)
        {
            return OutlierReport.None;
        }

        double q1 = Summaries.Quantile(values, 0.25);
        double q3 = Summaries.Quantile(values, 0.75);
        double iqr = q3 - q1;
        double tukeyLow = q1 - (TukeyK * iqr);
        double tukeyHigh = q3 + (TukeyK * iqr);

        double? madLow = null, madHigh = null;
        if (values.Count < MadRuleBelow)
        {
            double median = Summaries.Quantile(values, 0.5);
            double mad = Summaries.Quantile(values.Select(v => Math.Abs(v - median)), 0.5);
            if (mad > NoiseFloor * Math.Max(Math.Abs(median), double.Epsilon))
            {
                madLow = median - (MadK * MadScale * mad);
                madHigh = median + (MadK * MadScale * mad);
            }
        }

        var flagged = new List<int>();
        for (int i = 0; i < values.Count; i++)
        {
            double v = values[i];
            if (v < tukeyLow || v > tukeyHigh || v < madLow || v > madHigh)
            {
                flagged.Add(i);
            }
        }

        return new OutlierReport(tukeyLow, tukeyHigh, madLow, madHigh, flagged);
    }
}
