namespace K8sFootprint.Distros;

/// <summary>Whether a host can take a distribution, check by check.</summary>
/// <param name="Node">The node checked.</param>
/// <param name="Distro">The distribution.</param>
/// <param name="Checks">Every check, in order.</param>
public sealed record PreflightReport(string Node, DistroKind Distro, IReadOnlyList<PreflightCheck> Checks)
{
    /// <summary>Gets a value indicating whether no check failed.</summary>
    public bool Passed => Checks.All(c => c.Outcome != PreflightOutcome.Fail);

    /// <summary>Throws when a check failed, listing the failures.</summary>
    /// <exception cref="DistroInstallException">A check failed.</exception>
    public void EnsurePassed()
    {
        if (Passed)
        {
            return;
        }

        var failed = Checks.Where(c => c.Outcome == PreflightOutcome.Fail).Select(c => $"{c.Name}: {c.Detail}");
        throw new DistroInstallException(
            $"Node '{Node}' cannot take {Distro}: {string.Join("; ", failed)}.")
        {
            Node = Node,
            Step = "preflight",
            Distro = Distro,
        };
    }
}
