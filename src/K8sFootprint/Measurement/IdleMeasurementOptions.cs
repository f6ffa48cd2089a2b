namespace K8sFootprint.Measurement;

/// <summary>How to measure one idle window.</summary>
public sealed record IdleMeasurementOptions
{
    /// <summary>Gets how long to wait before the window so that the node settles.</summary>
    /// <value>Ten minutes; zero is allowed.</value>
    public TimeSpan Settle { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets the window's length.</summary>
    /// <value>One hour.</value>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Gets the sample interval.</summary>
    /// <value>15 seconds.</value>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets the longest interval between samples, in nominal intervals, that still counts as covered.</summary>
    /// <value>3.</value>
    public double MaxGapIntervals { get; init; } = 3;

    /// <summary>Gets which disks and interfaces count.</summary>
    public DeviceSelection Selection { get; init; } = new();

    /// <summary>Gets how often progress is reported while waiting.</summary>
    /// <value>One second.</value>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Checks the options and throws a message naming the bad value.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (Settle < TimeSpan.Zero)
        {
            throw new ArgumentException($"Settle must be zero or positive; got '{Settle}'.", nameof(Settle));
        }

        if (Interval < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException(
                $"Interval must be at least 1 s; got '{Interval.TotalSeconds:0.###} s'.", nameof(Interval));
        }

        if (Window < 2 * Interval)
        {
            throw new ArgumentException(
                $"Window must be at least two intervals ({2 * Interval.TotalSeconds:0.###} s); " +
                $"got '{Window.TotalSeconds:0.###} s' with interval '{Interval.TotalSeconds:0.###} s'.",
                nameof(Window));
        }

        if (!(MaxGapIntervals >= 1))
        {
            throw new ArgumentException(
                $"MaxGapIntervals must be at least 1; got '{MaxGapIntervals}'.", nameof(MaxGapIntervals));
        }

        if (ProgressInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"ProgressInterval must be positive; got '{ProgressInterval}'.", nameof(ProgressInterval));
        }
    }
}
