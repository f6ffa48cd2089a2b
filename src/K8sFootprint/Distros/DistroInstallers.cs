using K8sFootprint.Distros.Canonical;
using K8sFootprint.Distros.K0s;
using K8sFootprint.Distros.K3s;
using K8sFootprint.Distros.Kubeadm;
using K8sFootprint.Distros.Rke2;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sFootprint.Distros;

/// <summary>Finds the installer of a distribution by kind or by name.</summary>
public static class DistroInstallers
{
    private static readonly Dictionary<string, DistroKind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kubeadm"] = DistroKind.Kubeadm,
        ["talos"] = DistroKind.Talos,
        ["k3s"] = DistroKind.K3s,
        ["k0s"] = DistroKind.K0s,
        ["kairos"] = DistroKind.Kairos,
        ["rke2"] = DistroKind.Rke2,
        ["canonical"] = DistroKind.CanonicalKubernetes,
        ["canonical-kubernetes"] = DistroKind.CanonicalKubernetes,
    };

    /// <summary>Gets the names <see cref="Parse"/> accepts.</summary>
    public static IReadOnlyCollection<string> KnownNames => Names.Keys;

    /// <summary>Reads a distribution's name: kubeadm, talos, k3s, k0s, kairos, rke2, canonical.</summary>
    /// <param name="name">The name, in any case.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentException">The name is not one of them.</exception>
    public static DistroKind Parse(string name) =>
        name is not null && Names.TryGetValue(name, out var kind)
            ? kind
            : throw new ArgumentException(
                $"Expected a distribution: {string.Join(", ", Names.Keys)}; got '{name}'.", nameof(name));

    /// <summary>Creates the installer of a distribution.</summary>
    /// <param name="kind">The distribution.</param>
    /// <param name="timeProvider">The clock for every wait.</param>
    /// <param name="loggers">Where installers log.</param>
    /// <returns>The installer.</returns>
    /// <exception cref="NotSupportedException">The distribution has no installer in this version.</exception>
    public static IDistroInstaller Create(
        DistroKind kind, TimeProvider? timeProvider = null, ILoggerFactory? loggers = null)
    {
        loggers ??= NullLoggerFactory.Instance;
        return kind switch
        {
            DistroKind.Kubeadm => new KubeadmInstaller(
                timeProvider: timeProvider, logger: loggers.CreateLogger<KubeadmInstaller>()),
            DistroKind.K3s => new K3sInstaller(timeProvider, loggers.CreateLogger<K3sInstaller>()),
            DistroKind.K0s => new K0sInstaller(timeProvider, loggers.CreateLogger<K0sInstaller>()),
            DistroKind.Rke2 => new Rke2Installer(timeProvider, loggers.CreateLogger<Rke2Installer>()),
            DistroKind.CanonicalKubernetes => new CanonicalKubernetesInstaller(
                timeProvider, loggers.CreateLogger<CanonicalKubernetesInstaller>()),
            DistroKind.Talos => throw new NotSupportedException(
                "Talos is installed from the controller through its API and needs a folder for its secrets: create " +
                "new TalosInstaller(new TalosOptions { SecretsDirectory = … })."),
            _ => throw new NotSupportedException(
                "Kairos installs from its live image and reconnects to the installed system as the user and key " +
                "it configures: create new KairosInstaller(new KairosOptions { InstalledSystem = …, " +
                "AuthorizedKey = … })."),
        };
    }
}
