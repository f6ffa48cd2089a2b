namespace K8sFootprint.Sources;

/// <summary>What to record: a window starting now, sampled at a fixed interval.</summary>
/// <param name="Window">The window's length, t1 − t0.</param>
/// <param name="Interval">The time between samples.</param>
public sealed record RecordingRequest(TimeSpan Window, TimeSpan Interval);
