namespace K8sFootprint.Benchmarking;

/// <summary>How a plan ended, target by target.</summary>
/// <param name="Targets">Each target's outcome, in the plan's order.</param>
/// <param name="Elapsed">The wall time of the call.</param>
public sealed record BenchmarkOutcome(IReadOnlyList<TargetOutcome> Targets, TimeSpan Elapsed)
{
    /// <summary>Gets a value indicating whether every target has all its runs.</summary>
    public bool Succeeded => Targets.All(t => t.Status != TargetStatus.Failed);
}
