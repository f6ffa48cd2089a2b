namespace K8sFootprint.Sources;

/// <summary>What to record: a window starting now, sampled at a fixed interval.</summary>
/// <param name="Window">The window's length, t1 − t0.</param>
/// <param name="Interval">The time between samples.</param>
public sealed record RecordingRequest(TimeSpan Window, TimeSpan Interval)
{
    /// <summary>Checks that the interval is at least one second and the window at least two intervals.</summary>
    /// <exception cref="ArgumentException">The window or the interval is out of range.</exception>
    public void Validate()
    {
        if (Interval < TimeSpan.FromSeconds(1) || Window.Ticks / 2 < Interval.Ticks)
        {
            throw new ArgumentException(
                $"A recording needs an interval of at least 1 s and a window of at least two intervals; got window " +
                $"'{Window.TotalSeconds:0.###} s' and interval '{Interval.TotalSeconds:0.###} s'.");
        }
    }
}
