using K8sFootprint.Sources;

namespace K8sFootprint.Measurement;

/// <summary>
/// The result of one run: what an idle node spent over one window, with the raw series every number was
/// computed from, host facts, warnings and the observer's own cost.
/// </summary>
public sealed record Footprint
{
    /// <summary>The version of this result's schema.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the schema version of this result.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the node's name as the caller knows it.</summary>
    public required string Node { get; init; }

    /// <summary>Gets the source the numbers came from.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the window.</summary>
    public required MeasurementWindow Window { get; init; }

    /// <summary>Gets CPU over the window.</summary>
    public required CpuFootprint Cpu { get; init; }

    /// <summary>Gets memory over the window.</summary>
    public required MemoryFootprint Memory { get; init; }

    /// <summary>Gets disk i/o over the window.</summary>
    public required DiskIoFootprint DiskIo { get; init; }

    /// <summary>Gets network i/o over the window.</summary>
    public required NetworkFootprint Network { get; init; }

    /// <summary>Gets disk usage at both ends of the window.</summary>
    public required DiskUsageFootprint DiskUsage { get; init; }

    /// <summary>Gets what the node is.</summary>
    public required HostFacts Host { get; init; }

    /// <summary>Gets what the measurement itself spent on the node during the window.</summary>
    public required ObserverOverhead Overhead { get; init; }

    /// <summary>Gets what makes this run less certain or less comparable.</summary>
    public required IReadOnlyList<MeasurementWarning> Warnings { get; init; }

    /// <summary>Gets the device selection the figures were computed with.</summary>
    public required DeviceSelection Selection { get; init; }

    /// <summary>Gets the raw recording every figure was computed from.</summary>
    public required RecordedWindow Raw { get; init; }
}
