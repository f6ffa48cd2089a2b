using System.Text.RegularExpressions;
using K8sFootprint.Nodes;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Distros.Rke2;

/// <summary>
/// RKE2 as a single server (embedded etcd is its default), through the project's install script with the version
/// pinned; the service is started with a bounded wait, since its unit can block <c>systemctl start</c> forever.
/// Offline folder: <c>rke2.linux-amd64.tar.gz</c>, <c>sha256sum-amd64.txt</c>, <c>install.sh</c> and
/// <c>rke2-images.linux-amd64.tar.zst</c>.
/// </summary>
public sealed partial class Rke2Installer : ShellDistroInstaller
{
    private const string Script = "/var/tmp/k8sfootprint-rke2-install.sh";
    private const string Artifacts = StagingDirectory + "/rke2";

    /// <summary>Initializes a new instance of the <see cref="Rke2Installer"/> class.</summary>
    /// <param name="timeProvider">The clock for every wait.</param>
    /// <param name="logger">Where to log steps.</param>
    public Rke2Installer(TimeProvider? timeProvider = null, ILogger<Rke2Installer>? logger = null)
        : base(timeProvider, logger)
    {
    }

    /// <inheritdoc/>
    public override DistroKind Kind => DistroKind.Rke2;

    /// <inheritdoc/>
    public override string DisplayName => "RKE2";

    /// <inheritdoc/>
    public override string DefaultVersion => "v1.36.3+rke2r1";

    /// <inheritdoc/>
    protected override HostRequirements Requirements { get; } = new()
    {
        MinCpus = 2,
        MinMemoryBytes = 4_000_000_000,
        TcpPorts = [6443, 9345, 10250, 2379, 2380, 2381, 9099],
        UdpPorts = [8472],
    };

    /// <inheritdoc/>
    protected override string Kubectl =>
        "KUBECONFIG=/etc/rancher/rke2/rke2.yaml /var/lib/rancher/rke2/bin/kubectl";

    /// <inheritdoc/>
    protected override string VersionCommand => "/usr/local/bin/rke2 --version";

    /// <inheritdoc/>
    protected override string RunningCommand => "systemctl is-active --quiet rke2-server";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> LogCommands { get; } =
    [
        "journalctl -u rke2-server --no-pager -n 200",
        "tail -n 100 /var/lib/rancher/rke2/agent/containerd/containerd.log",
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<OfflineFile> OfflineFiles { get; } =
    [
        new("rke2.linux-amd64.tar.gz", $"{Artifacts}/rke2.linux-amd64.tar.gz", Readable),
        new("sha256sum-amd64.txt", $"{Artifacts}/sha256sum-amd64.txt", Readable),
        new("install.sh", $"{Artifacts}/install.sh", (UnixFileMode)0b111_101_101),
        new("rke2-images.linux-amd64.tar.zst",
            "/var/lib/rancher/rke2/agent/images/rke2-images.linux-amd64.tar.zst", Readable),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> LeftoverPaths { get; } =
    [
        "/usr/local/bin/rke2", "/var/lib/rancher/rke2", "/etc/rancher/rke2", "/var/lib/kubelet", "/etc/cni",
        "/var/lib/rancher", "/etc/rancher",
    ];

    private static UnixFileMode Readable => (UnixFileMode)0b110_100_100;

    /// <inheritdoc/>
    protected override string NormalizeVersion(string version) =>
        VersionPattern().IsMatch(version)
            ? version
            : throw new ArgumentException(
                $"Expected an RKE2 version such as 'v1.36.3+rke2r1'; got '{version}'.", nameof(version));

    /// <inheritdoc/>
    protected override string? ParseVersion(string output) =>
        Regex.Match(output, @"rke2 version (\S+)", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m
            ? m.Groups[1].Value
            : null;

    /// <inheritdoc/>
    protected override IEnumerable<InstallStep> InstallSteps(
        string version, IReadOnlyDictionary<string, OfflineFile> offline, InstallOptions options)
    {
        if (offline.Count == 0)
        {
            yield return Step("download the RKE2 install script",
                $"curl -sfL https://get.rke2.io -o {Script}", options.StepTimeout);
            yield return Step($"install RKE2 {version}",
                $"INSTALL_RKE2_VERSION={ShellQuoting.Quote(version)} sh {Script} && test -x /usr/local/bin/rke2",
                options.StepTimeout);
        }
        else
        {
            yield return Step($"install RKE2 {version} from the offline files",
                $"INSTALL_RKE2_ARTIFACT_PATH={Artifacts} sh {Artifacts}/install.sh && " +
                $"/usr/local/bin/rke2 --version | grep -qF {ShellQuoting.Quote(version)}",
                options.StepTimeout);
        }

        yield return Step("enable rke2-server", "systemctl enable rke2-server.service", TimeSpan.FromMinutes(1));
        yield return Step("start rke2-server", "systemctl start rke2-server.service", options.StepTimeout);
    }

    /// <inheritdoc/>
    protected override IEnumerable<InstallStep> ResetSteps()
    {
        yield return Step("run rke2-uninstall.sh", "/usr/local/bin/rke2-uninstall.sh", TimeSpan.FromMinutes(10)) with
        {
            SkipWhen = "! test -x /usr/local/bin/rke2-uninstall.sh",
        };
    }

    /// <inheritdoc/>
    protected override IEnumerable<PreflightCheck> DistroChecks(
        IReadOnlyDictionary<string, string> facts, bool installed)
    {
        yield return Internal.HostProbe.AppArmorParser(facts, "etcd and the API server never start without it");
    }

    [GeneratedRegex(@"^v[0-9]+\.[0-9]+\.[0-9]+\+rke2r[0-9]+\z", RegexOptions.None, 1000)]
    private static partial Regex VersionPattern();
}
