namespace K8sFootprint.Sources;

/// <summary>
/// Everything a source recorded for one window, before any arithmetic: raw series, file system snapshots at
/// both ends, host facts and the observer's own cost. Every number of a footprint is computed from this.
/// </summary>
public sealed record RecordedWindow
{
    /// <summary>Gets the source's name, such as <c>proc-recorder</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Gets t0 in seconds on the sampling clock.</summary>
    public required double Start { get; init; }

    /// <summary>Gets t1 in seconds on the sampling clock.</summary>
    public required double End { get; init; }

    /// <summary>Gets the wall-clock time of t0 according to the node.</summary>
    public required DateTimeOffset StartTime { get; init; }

    /// <summary>Gets the nominal sample interval.</summary>
    public required TimeSpan Interval { get; init; }

    /// <summary>Gets how many samples were taken from t0 to t1, both included.</summary>
    public required int SampleCount { get; init; }

    /// <summary>Gets the raw series.</summary>
    public required IReadOnlyList<MetricSeries> Series { get; init; }

    /// <summary>Gets the mount table and usage at t0.</summary>
    public FilesystemSnapshot? FilesystemsAtStart { get; init; }

    /// <summary>Gets the mount table and usage at t1.</summary>
    public FilesystemSnapshot? FilesystemsAtEnd { get; init; }

    /// <summary>Gets the network interfaces backed by a device (<c>/sys/class/net/IF/device</c> exists).</summary>
    public IReadOnlyList<string>? PhysicalInterfaces { get; init; }

    /// <summary>Gets the block devices that are whole devices (<c>/sys/block</c>), when the source knows
    /// them.</summary>
    public IReadOnlyList<string>? BlockDevices { get; init; }

    /// <summary>Gets what the node is.</summary>
    public required HostFacts Host { get; init; }

    /// <summary>Gets what the observer itself spent during the window.</summary>
    public required ObserverOverhead Overhead { get; init; }

    /// <summary>Gets the node's clock minus the controller's, when measured.</summary>
    public TimeSpan? ClockOffset { get; init; }

    /// <summary>Gets warnings the source raised while recording.</summary>
    public IReadOnlyList<MeasurementWarning> Warnings { get; init; } = [];

    /// <summary>Gets the window's length, t1 − t0, in seconds.</summary>
    public double Duration => End - Start;
}
