namespace K8sFootprint.Statistics;

/// <summary>The time-weighted average of a gauge over the covered part of a window.</summary>
/// <param name="Average">Integral over covered time divided by covered time; <see langword="null"/> when
/// no interval was covered.</param>
/// <param name="Min">Smallest point value inside the window.</param>
/// <param name="Max">Largest point value inside the window.</param>
/// <param name="CoveredSeconds">Time covered by intervals no longer than the maximum gap.</param>
/// <param name="Coverage">Covered time as a fraction of the window, 0 to 1.</param>
/// <param name="PointCount">Points used, including interpolated edge points.</param>
/// <param name="Gaps">Intervals left out because they were longer than the maximum gap.</param>
public sealed record GaugeAverage(
    double? Average,
    double? Min,
    double? Max,
    double CoveredSeconds,
    double Coverage,
    int PointCount,
    int Gaps);
