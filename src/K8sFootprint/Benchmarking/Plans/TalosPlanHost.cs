using K8sFootprint.Distros.Talos;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>A Talos node reached through its API.</summary>
/// <param name="Address">The node's address.</param>
/// <param name="Options">talosctl, the secrets folder and the cluster's shape.</param>
public sealed record TalosPlanHost(string Address, TalosOptions Options) : PlanHost
{
    /// <inheritdoc/>
    public override string Key => $"talos://{Address.ToUpperInvariant()}";
}
