using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>A host reached over SSH.</summary>
/// <param name="Options">Address, user, credentials and host-key policy.</param>
public sealed record SshPlanHost(SshNodeOptions Options) : PlanHost
{
    /// <inheritdoc/>
    public override string Key => $"ssh://{Options.Host.ToUpperInvariant()}:{Options.Port}";
}
