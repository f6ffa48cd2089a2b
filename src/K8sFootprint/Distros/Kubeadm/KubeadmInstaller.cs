using System.Text.RegularExpressions;
using K8sFootprint.Nodes;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Distros.Kubeadm;

/// <summary>
/// Upstream kubeadm on Ubuntu as the Kubernetes documentation describes it: swap off, <c>overlay</c> and
/// <c>br_netfilter</c> loaded, IP forwarding on, containerd with the systemd cgroup driver (set in the section of
/// the installed containerd's major version, then verified), kubelet, kubeadm and kubectl from pkgs.k8s.io pinned
/// to the minor by the repository and to the patch by the package version, <c>kubeadm init</c>, Flannel from a
/// pinned release, and the control-plane taint removed. Offline folder: <c>debs.tar</c> (the .deb files of
/// containerd, runc, kubelet, kubeadm, kubectl, cri-tools and kubernetes-cni), <c>images.tar</c> (the images of
/// <c>kubeadm config images list</c> and Flannel) and <c>kube-flannel.yml</c>.
/// </summary>
public sealed partial class KubeadmInstaller : ShellDistroInstaller
{
    /// <summary>The Flannel release installed when the constructor names none.</summary>
    public const string DefaultFlannelVersion = "v0.27.2";

    private const string Config = "/etc/containerd/config.toml";
    private const string AdminConf = "/etc/kubernetes/admin.conf";
    private const string Artifacts = StagingDirectory + "/kubeadm";
    private readonly string _flannelVersion;

    /// <summary>Initializes a new instance of the <see cref="KubeadmInstaller"/> class.</summary>
    /// <param name="flannelVersion">The Flannel release tag, for example <c>v0.27.2</c>.</param>
    /// <param name="timeProvider">The clock for every wait.</param>
    /// <param name="logger">Where to log steps.</param>
    public KubeadmInstaller(
        string flannelVersion = DefaultFlannelVersion,
        TimeProvider? timeProvider = null,
        ILogger<KubeadmInstaller>? logger = null)
        : base(timeProvider, logger)
    {
        _flannelVersion = FlannelPattern().IsMatch(flannelVersion)
            ? flannelVersion
            : throw new ArgumentException(
                $"Expected a Flannel release tag such as 'v0.27.2'; got '{flannelVersion}'.", nameof(flannelVersion));
    }

    /// <inheritdoc/>
    public override DistroKind Kind => DistroKind.Kubeadm;

    /// <inheritdoc/>
    public override string DisplayName => "kubeadm";

    /// <inheritdoc/>
    public override string DefaultVersion => "1.36.3";

    /// <inheritdoc/>
    protected override HostRequirements Requirements { get; } = new()
    {
        MinCpus = 2,
        MinMemoryBytes = 2_000_000_000,
        TcpPorts = [6443, 2379, 2380, 10250, 10257, 10259],
        SwapOff = true,
    };

    /// <inheritdoc/>
    protected override string Kubectl => $"kubectl --kubeconfig {AdminConf}";

    /// <inheritdoc/>
    protected override string VersionCommand => "kubeadm version -o short";

    /// <inheritdoc/>
    protected override string RunningCommand => $"systemctl is-active --quiet kubelet && test -f {AdminConf}";

    /// <inheritdoc/>
    protected override string ConfiguredCommand => "test -f /etc/kubernetes/manifests/etcd.yaml";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> LogCommands { get; } =
    [
        "journalctl -u kubelet --no-pager -n 200", "journalctl -u containerd --no-pager -n 50",
        "crictl --runtime-endpoint unix:///run/containerd/containerd.sock ps -a",
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<OfflineFile> OfflineFiles { get; } =
    [
        new("debs.tar", $"{Artifacts}/debs.tar", Readable),
        new("images.tar", $"{Artifacts}/images.tar", Readable),
        new("kube-flannel.yml", $"{Artifacts}/kube-flannel.yml", Readable),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> LeftoverPaths { get; } =
    [
        "/etc/kubernetes", "/var/lib/etcd", "/var/lib/kubelet", "/etc/cni/net.d", "/var/lib/containerd",
        "/opt/cni/bin", "/etc/modules-load.d/k8s.conf", "/etc/sysctl.d/k8s.conf", "/root/.kube/config",
    ];

    private static UnixFileMode Readable => (UnixFileMode)0b110_100_100;

    /// <summary>apt-get that waits up to ten minutes for the dpkg lock (apt timers may take it between
    /// steps).</summary>
    private static string Apt => "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600";

    /// <inheritdoc/>
    protected override string NormalizeVersion(string version) =>
        VersionPattern().Match(version) is { Success: true } m
            ? m.Groups[1].Value
            : throw new ArgumentException(
                $"Expected a Kubernetes version such as '1.36.3' or 'v1.36.3'; got '{version}'.", nameof(version));

    /// <inheritdoc/>
    protected override string? ParseVersion(string output) =>
        VersionPattern().Match(output.Trim()) is { Success: true } m ? m.Groups[1].Value : null;

    /// <inheritdoc/>
    protected override IEnumerable<InstallStep> InstallSteps(
        string version, IReadOnlyDictionary<string, OfflineFile> offline, InstallOptions options)
    {
        string minor = "v" + string.Join('.', version.Split('.')[..2]);
        string kubectl = Kubectl;
        yield return Step("turn swap off",
            "swapoff -a && sed -i -E '/^[^#].*[[:space:]]swap[[:space:]]/ s/^/#/' /etc/fstab", TimeSpan.FromMinutes(2));
        yield return Step("load overlay and br_netfilter",
            "printf 'overlay\\nbr_netfilter\\n' > /etc/modules-load.d/k8s.conf && modprobe overlay && " +
            "modprobe br_netfilter", TimeSpan.FromMinutes(1));
        yield return Step("turn IP forwarding on",
            "echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/k8s.conf && sysctl --system >/dev/null && " +
            "test \"$(sysctl -n net.ipv4.ip_forward)\" = 1", TimeSpan.FromMinutes(1));
        if (offline.Count == 0)
        {
            yield return Step("install containerd",
                $"{Apt} update && {Apt} install -y containerd",
                options.StepTimeout) with { SkipWhen = "command -v containerd >/dev/null 2>&1" };
        }
        else
        {
            yield return Step("install the offline packages",
                $"mkdir -p {Artifacts}/debs && tar -xf {Artifacts}/debs.tar -C {Artifacts}/debs && " +
                $"DEBIAN_FRONTEND=noninteractive dpkg -i {Artifacts}/debs/*.deb", options.StepTimeout);
        }

        yield return Step("configure containerd with the systemd cgroup driver", CgroupDriverScript,
            TimeSpan.FromMinutes(2));
        yield return Step("verify the systemd cgroup driver",
            "containerd config dump | grep -Eq 'SystemdCgroup *= *true'", TimeSpan.FromMinutes(1));
        if (offline.Count == 0)
        {
            string repo = $"https://pkgs.k8s.io/core:/stable:/{minor}/deb/";
            yield return Step($"add the pkgs.k8s.io repository for {minor}",
                $"{Apt} install -y apt-transport-https ca-certificates curl gpg && " +
                "mkdir -p /etc/apt/keyrings && " +
                $"curl -fsSL {ShellQuoting.Quote(repo + "Release.key")} -o /var/tmp/k8sfootprint-kubernetes.key && " +
                "gpg --dearmor --yes -o /etc/apt/keyrings/kubernetes-apt-keyring.gpg " +
                "< /var/tmp/k8sfootprint-kubernetes.key && " +
                $"echo {ShellQuoting.Quote(
                    $"deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] {repo} /")} > " +
                "/etc/apt/sources.list.d/kubernetes.list && apt-get -o DPkg::Lock::Timeout=600 update",
                options.StepTimeout);
            string pin = ShellQuoting.Quote($"{version}-*");
            yield return Step($"install kubelet, kubeadm and kubectl {version}",
                $"{Apt} install -y --allow-change-held-packages " +
                $"kubelet={pin} kubeadm={pin} kubectl={pin} && apt-mark hold kubelet kubeadm kubectl",
                options.StepTimeout);
        }
        else
        {
            yield return Step("import the offline images and hold the packages",
                $"ctr -n k8s.io images import {Artifacts}/images.tar && apt-mark hold kubelet kubeadm kubectl && " +
                $"kubeadm version -o short | grep -qx {ShellQuoting.Quote("v" + version)}", options.StepTimeout);
        }

        yield return Step("point containerd at kubeadm's pause image",
            $"pause=$(kubeadm config images list --kubernetes-version={ShellQuoting.Quote("v" + version)} " +
            "2>/dev/null | grep /pause:) && " +
            $"sed -i -E \"s#^([[:space:]]*)(sandbox_image|sandbox) = .*#\\1\\2 = '$pause'#\" {Config} && " +
            "systemctl restart containerd", TimeSpan.FromMinutes(2));

        yield return Step("enable the kubelet", "systemctl enable --now kubelet", TimeSpan.FromMinutes(1));
        yield return Step($"kubeadm init {version}",
            $"kubeadm init --pod-network-cidr=10.244.0.0/16 --kubernetes-version={ShellQuoting.Quote("v" + version)}",
            options.StepTimeout) with { SkipWhen = $"test -f {AdminConf}" };
        string flannel = offline.Count == 0
            ? $"https://github.com/flannel-io/flannel/releases/download/{_flannelVersion}/kube-flannel.yml"
            : $"{Artifacts}/kube-flannel.yml";
        yield return Step($"install Flannel {(offline.Count == 0 ? _flannelVersion : "from the offline manifest")}",
            $"{kubectl} apply -f {flannel}", TimeSpan.FromMinutes(5));
        yield return Step("remove the control-plane taint",
            $"{kubectl} taint nodes --all node-role.kubernetes.io/control-plane- 2>&1 | grep -Eq 'untainted|not found'",
            TimeSpan.FromMinutes(2));
    }

    /// <inheritdoc/>
    protected override IEnumerable<InstallStep> ResetSteps()
    {
        // Nothing runs on a host without kubeadm: these steps would otherwise wipe another runtime's containerd.
        const string NoKubeadm = "! command -v kubeadm >/dev/null 2>&1";
        yield return Step("kubeadm reset", "kubeadm reset -f", TimeSpan.FromMinutes(10)) with { SkipWhen = NoKubeadm };

        // Only the Kubernetes and CNI chains: a blanket flush would drop the rules that keep this SSH session.
        yield return Step("remove the CNI configuration and Kubernetes iptables rules",
            "rm -rf /etc/cni/net.d && iptables-save | grep -v -E 'KUBE-|CNI-|FLANNEL|flannel' | iptables-restore && " +
            "if command -v ipvsadm >/dev/null 2>&1; then ipvsadm -C; fi", TimeSpan.FromMinutes(2)) with
        {
            SkipWhen = NoKubeadm,
        };
        yield return Step("purge the packages and their data",
            "apt-mark unhold kubelet kubeadm kubectl >/dev/null 2>&1; " +
            $"{Apt} purge -y $(dpkg-query -W -f='${{Package}} ' kubelet kubeadm kubectl containerd runc cri-tools " +
            "kubernetes-cni 2>/dev/null) && " +
            "rm -rf /etc/kubernetes /var/lib/etcd /var/lib/kubelet /var/lib/containerd /etc/containerd /opt/cni " +
            "/root/.kube /etc/modules-load.d/k8s.conf /etc/sysctl.d/k8s.conf /etc/apt/sources.list.d/kubernetes.list",
            TimeSpan.FromMinutes(10)) with
        {
            SkipWhen = NoKubeadm,
        };
    }

    /// <summary>Writes containerd's default config and sets <c>SystemdCgroup = true</c> in the runc options section
    /// of the installed major version (containerd 2.x uses the <c>io.containerd.cri.v1.runtime</c> plugin and may
    /// leave the key out altogether, so it is added when missing).</summary>
    private static string CgroupDriverScript =>
        $"mkdir -p /etc/containerd && containerd config default > {Config} && " +
        "if containerd --version | grep -Eq ' v?2\\.'; then " +
        "section=\"[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]\"; " +
        "else section='[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]'; fi && " +
        $"if grep -q 'SystemdCgroup' {Config}; then sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' {Config}; " +
        "else awk -v s=\"$section\" '{print} $1 == s {print \"  SystemdCgroup = true\"}' " +
        $"{Config} > {Config}.new " +
        $"&& mv {Config}.new {Config}; fi && systemctl restart containerd";

    [GeneratedRegex(@"^v?([0-9]+\.[0-9]+\.[0-9]+)\z", RegexOptions.None, 1000)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^v[0-9]+\.[0-9]+\.[0-9]+\z", RegexOptions.None, 1000)]
    private static partial Regex FlannelPattern();
}
