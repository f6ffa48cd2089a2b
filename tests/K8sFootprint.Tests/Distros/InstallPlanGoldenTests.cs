using K8sFootprint.Distros;

namespace K8sFootprint.Tests.Distros;

/// <summary>The dry-run plans, kept as golden files (TestData/plans) and checked against DISTROS.md point by point.
/// Set K8SFP_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, then review the diff.</summary>
public sealed class InstallPlanGoldenTests
{
    public static TheoryData<DistroKind> Kinds => InstallerCases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Plan_Online_MatchesTheGoldenFile(DistroKind kind) =>
        Golden($"{kind}.online.txt", InstallerCases.Create(kind).Plan(new InstallOptions()).Render());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Plan_Offline_MatchesTheGoldenFile(DistroKind kind)
    {
        var installer = InstallerCases.Create(kind);
        string folder = OfflineFolder(installer);

        string plan = installer.Plan(new InstallOptions { OfflineArtifacts = folder }).Render();

        Golden($"{kind}.offline.txt", plan.Replace(folder, "$OFFLINE", StringComparison.Ordinal));
        Assert.DoesNotContain("curl", plan, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void K3s_UsesEmbeddedEtcdAndPinsTheVersion()
    {
        string plan = InstallerCases.Create(DistroKind.K3s).Plan(new InstallOptions { Version = "v1.35.9+k3s2" })
            .Render();

        Assert.Contains("INSTALL_K3S_EXEC='server --cluster-init'", plan, StringComparison.Ordinal);
        Assert.Contains("INSTALL_K3S_VERSION='v1.35.9+k3s2'", plan, StringComparison.Ordinal);
        Assert.Contains("test -x /usr/local/bin/k3s", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void K0s_IsAControllerWithAWorkerAndNoTaintsNotSingle()
    {
        string plan = InstallerCases.Create(DistroKind.K0s).Plan(new InstallOptions()).Render();

        Assert.Contains("k0s install controller --enable-worker --no-taints", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("--single", plan, StringComparison.Ordinal);
        Assert.Contains("K0S_VERSION='v1.36.3+k0s.2'", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Kubeadm_SetsTheSystemdCgroupDriverLoadsBrNetfilterAndRemovesTheTaint()
    {
        string plan = InstallerCases.Create(DistroKind.Kubeadm).Plan(new InstallOptions { Version = "v1.35.4" })
            .Render();

        Assert.Contains("SystemdCgroup = true", plan, StringComparison.Ordinal);
        Assert.Contains("containerd config dump | grep -Eq 'SystemdCgroup *= *true'", plan, StringComparison.Ordinal);
        Assert.Contains("modprobe br_netfilter", plan, StringComparison.Ordinal);
        Assert.Contains("net.ipv4.ip_forward = 1", plan, StringComparison.Ordinal);
        Assert.Contains("https://pkgs.k8s.io/core:/stable:/v1.35/deb/", plan, StringComparison.Ordinal);
        Assert.Contains("kubelet='1.35.4-*' kubeadm='1.35.4-*' kubectl='1.35.4-*'", plan, StringComparison.Ordinal);
        Assert.Contains("--kubernetes-version='v1.35.4'", plan, StringComparison.Ordinal);
        Assert.Contains("flannel/releases/download/v0.27.2/kube-flannel.yml", plan, StringComparison.Ordinal);
        Assert.Contains("taint nodes --all node-role.kubernetes.io/control-plane-", plan, StringComparison.Ordinal);
        Assert.Contains("swapoff -a", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Rke2_PinsTheVersionAndStartsTheServerWithABound()
    {
        var plan = InstallerCases.Create(DistroKind.Rke2).Plan(new InstallOptions());

        Assert.Contains("INSTALL_RKE2_VERSION='v1.36.3+rke2r1'", plan.Render(), StringComparison.Ordinal);
        var start = plan.Steps.Single(s => s.Command == "systemctl start rke2-server.service");
        Assert.Equal(TimeSpan.FromMinutes(15), start.Timeout);
    }

    [Fact]
    public void Canonical_PinsTheTrackAndHoldsRefreshes()
    {
        string plan = InstallerCases.Create(DistroKind.CanonicalKubernetes)
            .Plan(new InstallOptions { Version = "1.35" }).Render();

        Assert.Contains("snap install k8s --classic --channel='1.35-classic/stable'", plan, StringComparison.Ordinal);
        Assert.Contains("snap refresh --hold k8s", plan, StringComparison.Ordinal);
        Assert.Contains("k8s status --wait-ready", plan, StringComparison.Ordinal);
        Assert.True(
            plan.IndexOf("--hold", StringComparison.Ordinal) < plan.IndexOf("k8s bootstrap", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Plan_EveryStep_StartsWithHostHygieneAndHasABoundedTimeout(DistroKind kind)
    {
        var plan = InstallerCases.Create(kind).Plan(new InstallOptions());

        Assert.Equal("wait for cloud-init", plan.Steps[0].Name);
        Assert.Equal("wait for the apt/dpkg lock", plan.Steps[1].Name);
        Assert.All(plan.Steps, s => Assert.InRange(s.Timeout, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1)));
    }

    private static string OfflineFolder(IDistroInstaller installer)
    {
        string folder = Directory.CreateTempSubdirectory("k8sfp-golden-").FullName;
        string[] names = installer.Kind switch
        {
            DistroKind.K3s => ["k3s", "install.sh", "k3s-airgap-images-amd64.tar.zst"],
            DistroKind.Rke2 => ["rke2.linux-amd64.tar.gz", "sha256sum-amd64.txt", "install.sh",
                "rke2-images.linux-amd64.tar.zst"],
            DistroKind.K0s => ["k0s", "k0s-airgap-bundle.tar"],
            DistroKind.Kubeadm => ["debs.tar", "images.tar", "kube-flannel.yml"],
            _ => ["k8s.snap", "k8s.assert", "core22.snap", "core22.assert"],
        };
        foreach (string name in names)
        {
            File.WriteAllText(Path.Combine(folder, name), name);
        }

        return folder;
    }

    internal static void Golden(string name, string actual)
    {
        string path = TestFiles.Path(Path.Combine("plans", name));
        if (Environment.GetEnvironmentVariable("K8SFP_UPDATE_GOLDEN") == "1")
        {
            string source = Path.Combine(SourceDirectory(), "TestData", "plans", name);
            File.WriteAllText(source, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {name}; run with K8SFP_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
