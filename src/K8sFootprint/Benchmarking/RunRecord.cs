using K8sFootprint.Measurement;
using K8sFootprint.Statistics;

namespace K8sFootprint.Benchmarking;

/// <summary>One finished run as the result store keeps it: a line of JSON with the run's values and, when it
/// was measured here, the whole footprint with its raw samples.</summary>
public sealed record RunRecord
{
    /// <summary>The version of this record's schema.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the schema version.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the target's name, for example a distribution's.</summary>
    public required string Target { get; init; }

    /// <summary>Gets the run's number, from 1.</summary>
    public required int Run { get; init; }

    /// <summary>Gets when the run was stored.</summary>
    public required DateTimeOffset StoredAt { get; init; }

    /// <summary>Gets the run's values.</summary>
    public required IReadOnlyList<RunMetric> Metrics { get; init; }

    /// <summary>Gets the footprint the values came from; <see langword="null"/> for runs imported from
    /// elsewhere.</summary>
    public Footprint? Footprint { get; init; }

    /// <summary>Gets the distribution the node ran and its installed version, such as
    /// <c>K3s (embedded etcd) v1.36.2+k3s1</c>; <see langword="null"/> when the run was not made by a plan that
    /// installed one.</summary>
    public string? Distribution { get; init; }

    /// <summary>Makes a record of a measured run.</summary>
    /// <param name="target">The target's name.</param>
    /// <param name="run">The run's number, from 1.</param>
    /// <param name="footprint">The run.</param>
    /// <param name="storedAt">The time to record.</param>
    /// <returns>The record.</returns>
    public static RunRecord FromFootprint(string target, int run, Footprint footprint, DateTimeOffset storedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(run, 1);
        ArgumentNullException.ThrowIfNull(footprint);
        return new RunRecord
        {
            Target = target,
            Run = run,
            StoredAt = storedAt,
            Metrics =
            [
                .. FootprintMetrics.Values(footprint).Select(m => new RunMetric(m.Metric.Id, m.Value, m.Metric.Unit)),
            ],
            Footprint = footprint,
        };
    }

    /// <summary>The run's values as long-format rows.</summary>
    /// <returns>One row per metric.</returns>
    public IEnumerable<MetricObservation> Observations() =>
        Metrics.Select(m => new MetricObservation(Target, Run, m.Metric, m.Value, m.Unit));
}
