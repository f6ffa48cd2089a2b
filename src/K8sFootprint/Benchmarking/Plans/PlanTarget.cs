using K8sFootprint.Distros;
using K8sFootprint.Distros.Kairos;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>One target of a plan: a host, the distribution to install on it (or none, to measure the host as it
/// is) and the source of its numbers. Its <see cref="Name"/> labels its runs in the result store.</summary>
public sealed record PlanTarget
{
    /// <summary>Gets the target's name, unique in the plan, such as <c>k3s</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the host to install on and measure.</summary>
    public required PlanHost Host { get; init; }

    /// <summary>Gets the distribution to install; <see langword="null"/> measures the host as it is.</summary>
    public DistroKind? Distro { get; init; }

    /// <summary>Gets the version, offline artifacts and timeouts (ready, step) of the install.</summary>
    public InstallOptions Install { get; init; } = new();

    /// <summary>Gets the options of a Kairos install; required when <see cref="Distro"/> is Kairos.</summary>
    public KairosOptions? Kairos { get; init; }

    /// <summary>Gets where the numbers come from. Default: the /proc recorder on the host.</summary>
    public PlanSource Source { get; init; } = PlanSource.ProcRecorder;

    /// <summary>Gets what a failed preflight check does: fail the target (default) or only warn.</summary>
    public PreflightPolicy Preflight { get; init; } = PreflightPolicy.Enforce;

    /// <summary>Gets whether to reset the distribution after the runs; <see langword="null"/> follows the
    /// plan.</summary>
    public bool? Reset { get; init; }
}
