namespace K8sFootprint.Measurement;

/// <summary>How many windows to measure on one node, and how to space them.</summary>
public sealed record RepeatedRunOptions
{
    /// <summary>The most runs accepted for one node.</summary>
    public const int MaxRunsLimit = 1000;

    /// <summary>Gets how many runs to measure, counting runs already done.</summary>
    /// <value>3.</value>
    public int Runs { get; init; } = 3;

    /// <summary>Gets the pause between the end of one run and the start of the next.</summary>
    /// <value>Zero.</value>
    public TimeSpan Pause { get; init; } = TimeSpan.Zero;

    /// <summary>Gets a value indicating whether every run settles first, not just the first.</summary>
    public bool Resettle { get; init; }

    /// <summary>Gets a value indicating whether to add runs beyond <see cref="Runs"/> until every headline
    /// metric's 95 % interval half-width is within <see cref="TargetPrecision"/> of its mean, up to
    /// <see cref="MaxRuns"/>.</summary>
    public bool Adaptive { get; init; }

    /// <summary>Gets the largest interval half-width, as a fraction of the mean, that adaptive mode accepts.</summary>
    /// <value>0.05 (5 %).</value>
    public double TargetPrecision { get; init; } = 0.05;

    /// <summary>Gets the cap on runs in adaptive mode.</summary>
    /// <value>10.</value>
    public int MaxRuns { get; init; } = 10;

    /// <summary>Checks the options and throws a message naming the bad value.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (Runs is < 1 or > MaxRunsLimit)
        {
            throw new ArgumentException($"Runs must be 1 to {MaxRunsLimit}; got '{Runs}'.", nameof(Runs));
        }

        if (Pause < TimeSpan.Zero || Pause > IdleMeasurementOptions.MaxDuration)
        {
            throw new ArgumentException($"Pause must be zero to 31 days; got '{Pause}'.", nameof(Pause));
        }

        if (!Adaptive)
        {
            return;
        }

        if (!(TargetPrecision > 0 && TargetPrecision < 1))
        {
            throw new ArgumentException(
                $"TargetPrecision must be above 0 and below 1 (a fraction of the mean); got '{TargetPrecision}'.",
                nameof(TargetPrecision));
        }

        if (MaxRuns < Math.Max(Runs, 2) || MaxRuns > MaxRunsLimit)
        {
            throw new ArgumentException(
                $"MaxRuns must be at least Runs ({Runs}) and 2, and at most {MaxRunsLimit}; got '{MaxRuns}'.",
                nameof(MaxRuns));
        }
    }
}
