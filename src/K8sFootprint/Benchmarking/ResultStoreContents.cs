using K8sFootprint.Statistics;

namespace K8sFootprint.Benchmarking;

/// <summary>What a result store holds: the runs in the order they were stored, and the lines that were
/// skipped.</summary>
/// <param name="Runs">The runs.</param>
/// <param name="Problems">The skipped lines, each with why.</param>
public sealed record ResultStoreContents(IReadOnlyList<RunRecord> Runs, IReadOnlyList<StoreProblem> Problems)
{
    /// <summary>Gets an empty store.</summary>
    public static ResultStoreContents Empty { get; } = new([], []);

    /// <summary>The runs of one target.</summary>
    /// <param name="target">The target's name.</param>
    /// <returns>Its runs, by run number.</returns>
    public IReadOnlyList<RunRecord> RunsOf(string target) =>
        [.. Runs.Where(r => r.Target == target).OrderBy(r => r.Run)];

    /// <summary>Every run's values as long-format rows, for <see cref="RunsAnalyzer"/>.</summary>
    /// <returns>The rows.</returns>
    public IEnumerable<MetricObservation> Observations() => Runs.SelectMany(r => r.Observations());
}
