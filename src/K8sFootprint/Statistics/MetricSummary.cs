namespace K8sFootprint.Statistics;

/// <summary>One metric over N runs. Figures that need more runs than there are are <see langword="null"/>,
/// never zero: N = 0 leaves everything undefined, N = 1 gives the mean (and median, min, max) only.</summary>
/// <param name="Count">N, the number of runs.</param>
/// <param name="Mean">The arithmetic mean.</param>
/// <param name="Variance">The unbiased variance (denominator N − 1).</param>
/// <param name="StandardDeviation">The square root of the variance.</param>
/// <param name="StandardError">The standard deviation over √N.</param>
/// <param name="Median">The median (type-7 quantile at 0.5).</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="CoefficientOfVariation">The standard deviation over the mean; undefined for a zero mean.</param>
/// <param name="ConfidenceLow">The lower end of the 95 % Student-t interval for the mean.</param>
/// <param name="ConfidenceHigh">The upper end of the 95 % Student-t interval for the mean.</param>
public sealed record MetricSummary(
    int Count,
    double? Mean,
    double? Variance,
    double? StandardDeviation,
    double? StandardError,
    double? Median,
    double? Min,
    double? Max,
    double? CoefficientOfVariation,
    double? ConfidenceLow,
    double? ConfidenceHigh);
