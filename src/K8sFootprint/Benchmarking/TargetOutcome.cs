namespace K8sFootprint.Benchmarking;

/// <summary>How one target of a plan ended.</summary>
/// <param name="Target">The target's name.</param>
/// <param name="Status">Completed, already complete or failed.</param>
/// <param name="RunsStored">Runs of the target in the result store at the end.</param>
/// <param name="RunsMeasured">Runs measured by this call.</param>
/// <param name="Failure">What failed, when <paramref name="Status"/> is <see cref="TargetStatus.Failed"/>.</param>
public sealed record TargetOutcome(
    string Target, TargetStatus Status, int RunsStored, int RunsMeasured, FailureRecord? Failure = null);
