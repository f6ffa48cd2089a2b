namespace K8sFootprint.Distros;

/// <summary>How to install a distribution. Everything not set here is the distribution's own default.</summary>
public sealed record InstallOptions
{
    /// <summary>Gets the version to install, in the distribution's own notation (for example
    /// <c>v1.36.2+k3s1</c> for K3s, <c>1.36.3</c> for kubeadm, <c>1.36-classic/stable</c> for Canonical
    /// Kubernetes); the installer's pinned default when <see langword="null"/>.</summary>
    public string? Version { get; init; }

    /// <summary>Gets a folder on the controller holding the distribution's air-gap artifacts, uploaded to the node
    /// instead of downloading anything; see each installer for the file names.</summary>
    public string? OfflineArtifacts { get; init; }

    /// <summary>Gets how long to wait for the node and the kube-system pods to become ready.</summary>
    /// <value>15 minutes.</value>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets the longest a single step may take (downloads, package installs, service starts).</summary>
    /// <value>15 minutes.</value>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets how long to wait for cloud-init and for the apt/dpkg lock before installing.</summary>
    /// <value>10 minutes.</value>
    public TimeSpan HostSettleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Checks the options and throws a message naming the bad value.</summary>
    /// <exception cref="ArgumentException">A timeout is not positive or the offline folder does not
    /// exist.</exception>
    public void Validate()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(ReadyTimeout), ReadyTimeout), (nameof(StepTimeout), StepTimeout),
            (nameof(HostSettleTimeout), HostSettleTimeout),
        })
        {
            if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
            {
                throw new ArgumentException($"{name} must be above zero and at most one day; got '{value}'.", name);
            }
        }

        if (OfflineArtifacts is not null && !Directory.Exists(OfflineArtifacts))
        {
            throw new ArgumentException(
                $"OfflineArtifacts must be an existing folder on this machine; got '{OfflineArtifacts}'.",
                nameof(OfflineArtifacts));
        }
    }
}
