namespace K8sFootprint.Measurement;

/// <summary>How to measure one idle window.</summary>
public sealed record IdleMeasurementOptions
{
    /// <summary>The longest window, settle time or interval accepted: 31 days.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(31);

    /// <summary>Gets how long to wait before the window so that the node settles.</summary>
    /// <value>Ten minutes; zero is allowed.</value>
    public TimeSpan Settle { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets the window's length.</summary>
    /// <value>One hour.</value>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Gets the sample interval.</summary>
    /// <value>15 seconds.</value>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets the longest interval between samples, in nominal intervals, that still counts as
    /// covered.</summary>
    /// <value>3.</value>
    public double MaxGapIntervals { get; init; } = 3;

    /// <summary>Gets which disks and interfaces count.</summary>
    public DeviceSelection Selection { get; init; } = new();

    /// <summary>Gets a value indicating whether to read the node's journal for the window afterwards and warn of
    /// scheduled jobs that ran inside it (see <see cref="BackgroundJobs"/>). Only meaningful when the shell is the
    /// measured node itself, so it is off by default.</summary>
    public bool ScanJournal { get; init; }

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

        if (Window > MaxDuration || Settle > MaxDuration || Interval > MaxDuration)
        {
            throw new ArgumentException(
                $"Window, Settle and Interval must each be at most {MaxDuration.TotalDays:0} days; " +
                $"got window '{Window}', " +
                $"settle '{Settle}' and interval '{Interval}'.",
                nameof(Window));
        }

        if (Window.Ticks / 2 < Interval.Ticks)
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

        if (Selection is null || Selection.IncludeDisks is null || Selection.ExcludeDisks is null
            || Selection.IncludeInterfaces is null || Selection.ExcludeInterfaces is null
            || Selection.PodInterfaces is null
            || Selection.IncludeDisks.Concat(Selection.ExcludeDisks).Concat(Selection.IncludeInterfaces)
                .Concat(Selection.ExcludeInterfaces).Concat(Selection.PodInterfaces).Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException(
                "Selection and each of its pattern lists must be set, and no pattern may be null or empty.",
                nameof(Selection));
        }

        if (ProgressInterval < TimeSpan.FromMilliseconds(100))
        {
            throw new ArgumentException(
                $"ProgressInterval must be at least 100 ms; got '{ProgressInterval}'.", nameof(ProgressInterval));
        }
    }
}
