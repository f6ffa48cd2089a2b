namespace K8sFootprint.Statistics;

/// <summary>How to summarise and compare a set of runs.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The name of the target that is kubeadm's conventional role: the baseline.</summary>
    public const string DefaultBaseline = "kubeadm";

    /// <summary>Gets the target every other target is compared with; <c>kubeadm</c> when it is among the targets
    /// and this is <see langword="null"/>, otherwise no comparison.</summary>
    public string? Baseline { get; init; }

    /// <summary>Gets a value indicating whether flagged runs are left out of summaries and comparisons. They are
    /// still listed; by default nothing is left out.</summary>
    public bool ExcludeOutliers { get; init; }

    /// <summary>Gets the seed of the bootstrap cross-check; no bootstrap when <see langword="null"/>.</summary>
    public int? BootstrapSeed { get; init; }
}
