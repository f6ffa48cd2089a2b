using System.Text.RegularExpressions;
using K8sFootprint.Nodes;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Distros.K0s;

/// <summary>
/// K0s as a controller with a worker and no taints, on its default etcd (<c>--single</c> would mean SQLite through
/// kine and no konnectivity). Telemetry stays on, as it is by default. Offline folder: <c>k0s</c> (the release
/// binary, renamed) and <c>k0s-airgap-bundle.tar</c> (the release's image bundle).
/// </summary>
public sealed partial class K0sInstaller : ShellDistroInstaller
{
    private const string Script = "/var/tmp/k8sfootprint-k0s-install.sh";

    /// <summary>Initializes a new instance of the <see cref="K0sInstaller"/> class.</summary>
    /// <param name="timeProvider">The clock for every wait.</param>
    /// <param name="logger">Where to log steps.</param>
    public K0sInstaller(TimeProvider? timeProvider = null, ILogger<K0sInstaller>? logger = null)
        : base(timeProvider, logger)
    {
    }

    /// <inheritdoc/>
    public override DistroKind Kind => DistroKind.K0s;

    /// <inheritdoc/>
    public override string DisplayName => "K0s (controller + worker, etcd)";

    /// <inheritdoc/>
    public override string DefaultVersion => "v1.36.3+k0s.2";

    /// <inheritdoc/>
    protected override HostRequirements Requirements { get; } = new()
    {
        MinCpus = 1,
        MinMemoryBytes = 1_000_000_000,
        TcpPorts = [6443, 9443, 8132, 10250, 2380, 179],
    };

    /// <inheritdoc/>
    protected override string Kubectl => "k0s kubectl";

    /// <inheritdoc/>
    protected override string VersionCommand => "k0s version";

    /// <inheritdoc/>
    protected override string RunningCommand => "systemctl is-active --quiet k0scontroller";

    /// <inheritdoc/>
    protected override string ConfiguredCommand =>
        "grep -q -- --enable-worker /etc/systemd/system/k0scontroller.service && " +
        "! grep -q -- --single /etc/systemd/system/k0scontroller.service";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> LogCommands { get; } =
        ["journalctl -u k0scontroller --no-pager -n 200", "k0s status"];

    /// <inheritdoc/>
    protected override IReadOnlyList<OfflineFile> OfflineFiles { get; } =
    [
        new("k0s", "/usr/local/bin/k0s", (UnixFileMode)0b111_101_101),
        new("k0s-airgap-bundle.tar", "/var/lib/k0s/images/k0s-airgap-bundle.tar", (UnixFileMode)0b110_100_100),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> LeftoverPaths { get; } =
        ["/var/lib/k0s", "/etc/k0s", "/usr/local/bin/k0s", "/etc/systemd/system/k0scontroller.service"];

    /// <inheritdoc/>
    protected override string NormalizeVersion(string version) =>
        VersionPattern().IsMatch(version)
            ? version
            : throw new ArgumentException(
                $"Expected a K0s version such as 'v1.36.3+k0s.2'; got '{version}'.", nameof(version));

    /// <inheritdoc/>
    protected override string? ParseVersion(string output) =>
        output.Trim() is { Length: > 0 } line && VersionPattern().IsMatch(line) ? line : null;

    /// <inheritdoc/>
    protected override IEnumerable<InstallStep> InstallSteps(
        string version, IReadOnlyDictionary<string, OfflineFile> offline, InstallOptions options)
    {
        if (offline.Count == 0)
        {
            yield return Step("download the K0s install script",
                $"curl --proto '=https' --tlsv1.2 -sSf https://get.k0s.sh -o {Script}", options.StepTimeout);
            yield return Step($"download k0s {version}",
                $"K0S_VERSION={ShellQuoting.Quote(version)} sh {Script} && test -x /usr/local/bin/k0s",
                options.StepTimeout);
        }
        else
        {
            yield return Step($"check the offline k0s binary is {version}",
                $"test \"$(/usr/local/bin/k0s version)\" = {ShellQuoting.Quote(version)}", TimeSpan.FromMinutes(1));
        }

        yield return Step("install the controller with a worker and no taints",
            "k0s install controller --enable-worker --no-taints", TimeSpan.FromMinutes(2)) with
        {
            SkipWhen = "test -f /etc/systemd/system/k0scontroller.service",
        };
        yield return Step("start k0s", "k0s start", TimeSpan.FromMinutes(2)) with
        {
            SkipWhen = RunningCommand,
        };
    }

    /// <inheritdoc/>
    protected override IEnumerable<InstallStep> ResetSteps()
    {
        yield return Step("stop k0s", "k0s stop || ! systemctl is-active --quiet k0scontroller",
            TimeSpan.FromMinutes(5)) with
        {
            SkipWhen = "! command -v k0s >/dev/null 2>&1",
        };
        yield return Step("run k0s reset", "k0s reset", TimeSpan.FromMinutes(10)) with
        {
            SkipWhen = "! command -v k0s >/dev/null 2>&1 || ! test -d /var/lib/k0s",
        };
    }

    /// <inheritdoc/>
    protected override IEnumerable<PreflightCheck> DistroChecks(
        IReadOnlyDictionary<string, string> facts, bool installed)
    {
        yield return Internal.HostProbe.AppArmorParser(facts, "k0s cannot start containers without it");
    }

    [GeneratedRegex(@"^v[0-9]+\.[0-9]+\.[0-9]+\+k0s\.[0-9]+\z", RegexOptions.None, 1000)]
    private static partial Regex VersionPattern();
}
