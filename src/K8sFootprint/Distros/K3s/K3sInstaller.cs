using System.Text.RegularExpressions;
using K8sFootprint.Nodes;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Distros.K3s;

/// <summary>
/// K3s as a single server with embedded etcd (<c>--cluster-init</c>; without it K3s uses SQLite, which is not the
/// same product), through the project's install script with the version pinned. Offline folder: <c>k3s</c> (the
/// binary), <c>install.sh</c> and <c>k3s-airgap-images-amd64.tar.zst</c> from the same release.
/// </summary>
public sealed partial class K3sInstaller : ShellDistroInstaller
{
    private const string Script = "/var/tmp/k8sfootprint-k3s-install.sh";

    /// <summary>Initializes a new instance of the <see cref="K3sInstaller"/> class.</summary>
    /// <param name="timeProvider">The clock for every wait.</param>
    /// <param name="logger">Where to log steps.</param>
    public K3sInstaller(TimeProvider? timeProvider = null, ILogger<K3sInstaller>? logger = null)
        : base(timeProvider, logger)
    {
    }

    /// <inheritdoc/>
    public override DistroKind Kind => DistroKind.K3s;

    /// <inheritdoc/>
    public override string DisplayName => "K3s (embedded etcd)";

    /// <inheritdoc/>
    public override string DefaultVersion => "v1.36.2+k3s1";

    /// <inheritdoc/>
    protected override HostRequirements Requirements { get; } = new()
    {
        MinCpus = 2,
        MinMemoryBytes = 2_000_000_000,
        TcpPorts = [6443, 10250, 2379, 2380],
        UdpPorts = [8472],
    };

    /// <inheritdoc/>
    protected override string Kubectl => "k3s kubectl";

    /// <inheritdoc/>
    protected override string VersionCommand => "k3s --version";

    /// <inheritdoc/>
    protected override string RunningCommand => "systemctl is-active --quiet k3s";

    /// <inheritdoc/>
    protected override string ConfiguredCommand => "grep -q -- --cluster-init /etc/systemd/system/k3s.service";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> LogCommands { get; } =
        ["journalctl -u k3s --no-pager -n 200", "systemctl status k3s --no-pager -n 0"];

    /// <inheritdoc/>
    protected override IReadOnlyList<OfflineFile> OfflineFiles { get; } =
    [
        new("k3s", "/usr/local/bin/k3s", Executable),
        new("install.sh", $"{StagingDirectory}/k3s/install.sh", Executable),
        new("k3s-airgap-images-amd64.tar.zst", "/var/lib/rancher/k3s/agent/images/k3s-airgap-images-amd64.tar.zst",
            Readable),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> LeftoverPaths { get; } =
    [
        "/usr/local/bin/k3s", "/var/lib/rancher/k3s", "/etc/rancher/k3s", "/var/lib/rancher", "/etc/rancher",
        "/var/log/pods", "/var/log/containers",
    ];

    private static UnixFileMode Executable => (UnixFileMode)0b111_101_101;

    private static UnixFileMode Readable => (UnixFileMode)0b110_100_100;

    /// <inheritdoc/>
    protected override string NormalizeVersion(string version) =>
        VersionPattern().IsMatch(version)
            ? version
            : throw new ArgumentException(
                $"Expected a K3s version such as 'v1.36.2+k3s1'; got '{version}'.", nameof(version));

    /// <inheritdoc/>
    protected override string? ParseVersion(string output) =>
        Regex.Match(output, @"k3s version (\S+)", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m
            ? m.Groups[1].Value
            : null;

    /// <inheritdoc/>
    protected override IEnumerable<InstallStep> InstallSteps(
        string version, IReadOnlyDictionary<string, OfflineFile> offline, InstallOptions options)
    {
        string exec = ShellQuoting.Quote("server --cluster-init");
        if (offline.Count == 0)
        {
            yield return Step("download the K3s install script",
                $"curl -sfL https://get.k3s.io -o {Script}", options.StepTimeout);
            yield return Step($"install K3s {version} with embedded etcd",
                $"INSTALL_K3S_VERSION={ShellQuoting.Quote(version)} INSTALL_K3S_SKIP_START=true " +
                $"INSTALL_K3S_EXEC={exec} sh {Script} && test -x /usr/local/bin/k3s",
                options.StepTimeout);
        }
        else
        {
            yield return Step($"install K3s {version} with embedded etcd from the offline files",
                $"INSTALL_K3S_SKIP_DOWNLOAD=true INSTALL_K3S_SKIP_START=true INSTALL_K3S_EXEC={exec} " +
                $"sh {StagingDirectory}/k3s/install.sh && /usr/local/bin/k3s --version | grep -qF " +
                ShellQuoting.Quote(version),
                options.StepTimeout);
        }

        yield return Step("start k3s", "systemctl start k3s", options.StepTimeout);
    }

    /// <inheritdoc/>
    protected override IEnumerable<InstallStep> ResetSteps()
    {
        yield return Step("run k3s-uninstall.sh", "/usr/local/bin/k3s-uninstall.sh", TimeSpan.FromMinutes(10)) with
        {
            SkipWhen = "! test -x /usr/local/bin/k3s-uninstall.sh",
        };
    }

    [GeneratedRegex(@"^v[0-9]+\.[0-9]+\.[0-9]+\+k3s[0-9]+\z", RegexOptions.None, 1000)]
    private static partial Regex VersionPattern();
}
