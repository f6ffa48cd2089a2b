namespace K8sFootprint.Statistics;

/// <summary>Everything said about a set of runs: per target and metric a summary, per target and metric a
/// comparison with the baseline, per metric the ranking stability.</summary>
/// <param name="Targets">The targets in the order they first appeared.</param>
/// <param name="Metrics">The metrics, known ones in catalogue order, then the rest as they appeared.</param>
/// <param name="Summaries">One summary per target and metric that has values.</param>
/// <param name="Baseline">The baseline, or <see langword="null"/> when nothing is compared.</param>
/// <param name="Comparisons">One comparison per non-baseline target and metric both have.</param>
/// <param name="Rankings">Ranking stability per metric identifier.</param>
/// <param name="Notes">What the reader needs to know to read the numbers right.</param>
public sealed record RunsAnalysis(
    IReadOnlyList<string> Targets,
    IReadOnlyList<MetricDefinition> Metrics,
    IReadOnlyList<TargetMetricSummary> Summaries,
    string? Baseline,
    IReadOnlyList<BaselineComparison> Comparisons,
    IReadOnlyDictionary<string, RankingStability> Rankings,
    IReadOnlyList<string> Notes)
{
    /// <summary>Finds the summary of one target's metric.</summary>
    /// <param name="target">The target.</param>
    /// <param name="metric">The metric identifier.</param>
    /// <returns>The summary, or <see langword="null"/> when the target has no values for it.</returns>
    public TargetMetricSummary? Summary(string target, string metric) =>
        Summaries.FirstOrDefault(s => s.Target == target && s.Metric.Id == metric);

    /// <summary>Finds the comparison of one target's metric with the baseline.</summary>
    /// <param name="target">The target.</param>
    /// <param name="metric">The metric identifier.</param>
    /// <returns>The comparison, or <see langword="null"/> when there is none.</returns>
    public BaselineComparison? Comparison(string target, string metric) =>
        Comparisons.FirstOrDefault(c => c.Target == target && c.Metric.Id == metric);
}
