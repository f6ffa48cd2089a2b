namespace K8sFootprint.Measurement;

/// <summary>A progress report of a measurement.</summary>
/// <param name="Node">The node being measured.</param>
/// <param name="Phase">The current phase.</param>
/// <param name="Elapsed">Time spent in this phase so far.</param>
/// <param name="Duration">The phase's planned length; zero when it has none.</param>
public sealed record MeasurementProgress(string Node, MeasurementPhase Phase, TimeSpan Elapsed, TimeSpan Duration)
{
    /// <summary>Gets the time left in this phase.</summary>
    public TimeSpan Remaining => Duration > Elapsed ? Duration - Elapsed : TimeSpan.Zero;

    /// <summary>Gets the run's number when measuring repeated runs.</summary>
    public int? Run { get; init; }

    /// <summary>Gets the number of runs planned so far when measuring repeated runs; adaptive mode may raise
    /// it.</summary>
    public int? Runs { get; init; }
}
