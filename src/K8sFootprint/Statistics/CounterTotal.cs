namespace K8sFootprint.Statistics;

/// <summary>The increase of a monotonic counter over a window, with resets taken into account.</summary>
/// <param name="Total">Sum of the deltas between consecutive points inside the window.</param>
/// <param name="Resets">How many times the counter went down (restarted from zero).</param>
/// <param name="ObservedSeconds">Time from the first to the last point inside the window.</param>
/// <param name="Coverage">Observed time as a fraction of the window, 0 to 1.</param>
/// <param name="PointCount">Points used, including interpolated edge points.</param>
/// <param name="Gaps">Intervals between points longer than the maximum gap.</param>
public sealed record CounterTotal(
    double Total,
    int Resets,
    double ObservedSeconds,
    double Coverage,
    int PointCount,
    int Gaps)
{
    /// <summary>Gets the average increase per second over the observed time, or <see langword="null"/>
    /// when nothing was observed.</summary>
    public double? Rate => ObservedSeconds > 0 ? Total / ObservedSeconds : null;
}
