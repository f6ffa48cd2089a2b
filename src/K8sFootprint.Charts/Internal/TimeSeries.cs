namespace K8sFootprint.Charts.Internal;

/// <summary>Points of a line over a run's window.</summary>
/// <param name="Elapsed">Seconds since the window's start.</param>
/// <param name="Values">One value per elapsed time.</param>
internal sealed record TimeSeries(double[] Elapsed, double[] Values)
{
    /// <summary>Gets a series without points.</summary>
    public static TimeSeries Empty { get; } = new([], []);
}
