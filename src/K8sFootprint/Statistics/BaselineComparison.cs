namespace K8sFootprint.Statistics;

/// <summary>One target against the baseline on one metric, with the words a report prints.</summary>
/// <param name="Target">The target compared.</param>
/// <param name="Baseline">The baseline's name.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Candidate">The target's summary.</param>
/// <param name="BaselineSummary">The baseline's summary.</param>
/// <param name="Ratio">The ratio of means, target over baseline.</param>
/// <param name="RelativeDifferencePercent">(ratio − 1) × 100.</param>
/// <param name="Interval">The 95 % Fieller interval of the ratio.</param>
/// <param name="Welch">Welch's t-test of the difference of means.</param>
/// <param name="Bootstrap">The percentile bootstrap interval of the ratio, when asked for as a cross-check.</param>
/// <param name="Verdict">The direction the interval supports.</param>
/// <param name="Words">The sentence, for example "7 % less memory than kubeadm (−9 % to −5 %)".</param>
public sealed record BaselineComparison(
    string Target,
    string Baseline,
    MetricDefinition Metric,
    MetricSummary Candidate,
    MetricSummary BaselineSummary,
    double? Ratio,
    double? RelativeDifferencePercent,
    RatioInterval? Interval,
    WelchTest? Welch,
    RatioInterval? Bootstrap,
    Verdict Verdict,
    string Words);
