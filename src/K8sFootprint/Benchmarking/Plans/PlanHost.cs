using K8sFootprint.Distros.Talos;
using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>Where a target runs: this machine, a host over SSH or a Talos node through its API. Targets on the
/// same host (the same <see cref="Key"/>) run one after another, never at once.</summary>
public abstract record PlanHost
{
    private protected PlanHost()
    {
    }

    /// <summary>Gets this machine, reached without SSH.</summary>
    public static PlanHost Local { get; } = new LocalPlanHost();

    /// <summary>Gets what identifies the machine: two targets with the same key share it.</summary>
    public abstract string Key { get; }

    /// <summary>A host reached over SSH.</summary>
    /// <param name="options">Address, user, credentials and host-key policy.</param>
    /// <returns>The host.</returns>
    public static PlanHost Ssh(SshNodeOptions options) => new SshPlanHost(options);

    /// <summary>A Talos node reached through its API with talosctl.</summary>
    /// <param name="address">The node's address.</param>
    /// <param name="options">talosctl, the secrets folder and the cluster's shape.</param>
    /// <returns>The host.</returns>
    public static PlanHost Talos(string address, TalosOptions options) => new TalosPlanHost(address, options);
}
