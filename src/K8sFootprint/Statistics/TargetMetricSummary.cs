namespace K8sFootprint.Statistics;

/// <summary>One metric of one target over its runs.</summary>
/// <param name="Target">The target.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Summary">The figures, over all runs or, when outliers are excluded, over the unflagged ones.</param>
/// <param name="Runs">The run numbers, in order.</param>
/// <param name="Values">The values, one per run number in <paramref name="Runs"/>.</param>
/// <param name="Outliers">The fences over all runs.</param>
/// <param name="OutlierRuns">The run numbers flagged as outliers.</param>
/// <param name="OutliersExcluded">Whether <paramref name="Summary"/> leaves the flagged runs out.</param>
public sealed record TargetMetricSummary(
    string Target,
    MetricDefinition Metric,
    MetricSummary Summary,
    IReadOnlyList<int> Runs,
    IReadOnlyList<double> Values,
    OutlierReport Outliers,
    IReadOnlyList<int> OutlierRuns,
    bool OutliersExcluded);
