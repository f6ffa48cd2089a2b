using K8sFootprint.Distros;
using K8sFootprint.Distros.Canonical;
using K8sFootprint.Distros.K0s;
using K8sFootprint.Distros.K3s;
using K8sFootprint.Distros.Kubeadm;
using K8sFootprint.Distros.Rke2;
using Microsoft.Extensions.Time.Testing;

namespace K8sFootprint.Tests.Distros;

/// <summary>The five shell installers with the steps that make each one installed and running on a scripted
/// host.</summary>
internal static class InstallerCases
{
    public static TheoryData<DistroKind> Kinds => new()
    {
        DistroKind.Kubeadm, DistroKind.K3s, DistroKind.K0s, DistroKind.Rke2, DistroKind.CanonicalKubernetes,
    };

    public static IDistroInstaller Create(DistroKind kind, TimeProvider? time = null) => kind switch
    {
        DistroKind.Kubeadm => new KubeadmInstaller(timeProvider: time),
        DistroKind.K3s => new K3sInstaller(time),
        DistroKind.K0s => new K0sInstaller(time),
        DistroKind.Rke2 => new Rke2Installer(time),
        _ => new CanonicalKubernetesInstaller(time),
    };

    public static (string Install, string Start) Patterns(DistroKind kind) => kind switch
    {
        DistroKind.Kubeadm => ("^kubeadm init", "^kubeadm init"),
        DistroKind.K3s => ("INSTALL_K3S_VERSION", "^systemctl start k3s$"),
        DistroKind.K0s => ("^K0S_VERSION", "^k0s start$"),
        DistroKind.Rke2 => ("INSTALL_RKE2_VERSION", "^systemctl start rke2-server"),
        _ => ("^snap install k8s", "^k8s bootstrap"),
    };

    public static ScriptedNodeShell Host(IDistroInstaller installer)
    {
        var (install, start) = Patterns(installer.Kind);
        return UbuntuHost.Fresh(installer, install, start);
    }

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
}
