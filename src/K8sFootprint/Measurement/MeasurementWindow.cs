namespace K8sFootprint.Measurement;

/// <summary>The window of one run.</summary>
/// <param name="Start">t0 on the node's wall clock.</param>
/// <param name="End">t1 on the node's wall clock.</param>
/// <param name="Interval">The nominal sample interval.</param>
/// <param name="SampleCount">Samples taken from t0 to t1.</param>
/// <param name="Settle">How long the node was left to settle before t0.</param>
/// <param name="ClockOffset">The node's clock minus the controller's, when measured.</param>
public sealed record MeasurementWindow(
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeSpan Interval,
    int SampleCount,
    TimeSpan Settle,
    TimeSpan? ClockOffset)
{
    /// <summary>Gets t1 − t0.</summary>
    public TimeSpan Duration => End - Start;
}
