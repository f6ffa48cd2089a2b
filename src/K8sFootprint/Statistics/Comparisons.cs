namespace K8sFootprint.Statistics;

/// <summary>Compares a target with the baseline on one metric (METHODOLOGY.md, "Across runs").</summary>
public static class Comparisons
{
    /// <summary>Ratio and relative difference of means, Fieller's interval, Welch's test, optionally the
    /// bootstrap, and the words.</summary>
    /// <param name="target">The target's name.</param>
    /// <param name="x">The target's values, one per run.</param>
    /// <param name="baseline">The baseline's name.</param>
    /// <param name="y">The baseline's values, one per run.</param>
    /// <param name="metric">The metric, for its noun in the words.</param>
    /// <param name="bootstrapSeed">When set, also computes the seeded percentile bootstrap.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static BaselineComparison Compare(
        string target,
        IReadOnlyList<double> x,
        string baseline,
        IReadOnlyList<double> y,
        MetricDefinition metric,
        int? bootstrapSeed = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        ArgumentException.ThrowIfNullOrEmpty(baseline);
        ArgumentNullException.ThrowIfNull(metric);
        var candidate = Summaries.Summarize(x);
        var reference = Summaries.Summarize(y);

        double? ratio = candidate.Mean is { } cm && reference.Mean is { } rm && rm != 0 ? cm / rm : null;
        double? relative = (ratio - 1) * 100;
        var interval = TwoSample.Fieller(x, y);
        var welch = TwoSample.Welch(x, y);
        var bootstrap = bootstrapSeed is { } seed ? Bootstrap.RatioOfMeans(x, y, seed) : null;

        var verdict = (candidate.Count, reference.Count, interval) switch
        {
            ( < 2, _, _) or (_, < 2, _) => Verdict.NotEnoughRuns,
            (_, _, null) => Verdict.NoRatio,
            (_, _, { High: < 1 }) => Verdict.Less,
            (_, _, { Low: > 1 }) => Verdict.More,
            _ => Verdict.NoClearDifference,
        };
        string words = VerdictWords.Describe(verdict, metric.Noun, baseline, relative, interval, candidate, reference);
        return new BaselineComparison(target, baseline, metric, candidate, reference, ratio, relative, interval,
            welch, bootstrap, verdict, words);
    }
}
