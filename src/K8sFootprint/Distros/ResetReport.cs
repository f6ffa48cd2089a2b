namespace K8sFootprint.Distros;

/// <summary>What a reset did and what it left behind.</summary>
/// <param name="Node">The node reset.</param>
/// <param name="Distro">The distribution removed.</param>
/// <param name="Leftovers">Paths, interfaces or units still present that the distribution's uninstall is known to
/// leave, or failed to remove; empty when the host is clean.</param>
/// <param name="RebootRecommended">Whether the distribution's documentation asks for a reboot to finish the
/// cleanup (iptables rules, mounts).</param>
public sealed record ResetReport(
    string Node, DistroKind Distro, IReadOnlyList<string> Leftovers, bool RebootRecommended);
