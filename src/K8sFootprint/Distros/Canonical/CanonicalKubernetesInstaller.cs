using System.Text.RegularExpressions;
using K8sFootprint.Nodes;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Distros.Canonical;

/// <summary>
/// Canonical Kubernetes, the <c>k8s</c> snap on a pinned track, bootstrapped with its defaults and held so that it
/// does not refresh itself in the middle of a measurement. The version is the snap channel, for example
/// <c>1.36-classic/stable</c> (or just <c>1.36</c>). Offline folder: <c>k8s.snap</c>, <c>k8s.assert</c>,
/// <c>core22.snap</c> and <c>core22.assert</c> from <c>snap download</c>.
/// </summary>
public sealed partial class CanonicalKubernetesInstaller : ShellDistroInstaller
{
    private const string Artifacts = StagingDirectory + "/k8s-snap";

    /// <summary>Initializes a new instance of the <see cref="CanonicalKubernetesInstaller"/> class.</summary>
    /// <param name="timeProvider">The clock for every wait.</param>
    /// <param name="logger">Where to log steps.</param>
    public CanonicalKubernetesInstaller(
        TimeProvider? timeProvider = null, ILogger<CanonicalKubernetesInstaller>? logger = null)
        : base(timeProvider, logger)
    {
    }

    /// <inheritdoc/>
    public override DistroKind Kind => DistroKind.CanonicalKubernetes;

    /// <inheritdoc/>
    public override string DisplayName => "Canonical Kubernetes";

    /// <inheritdoc/>
    public override string DefaultVersion => "1.36-classic/stable";

    /// <inheritdoc/>
    protected override HostRequirements Requirements { get; } = new()
    {
        MinCpus = 2,
        MinMemoryBytes = 4_000_000_000,
        RecommendedMemoryBytes = 8_000_000_000,
        TcpPorts = [6400, 6443, 2379, 2380, 10250],
        UdpPorts = [8472],
    };

    /// <inheritdoc/>
    protected override string Kubectl => "k8s kubectl";

    /// <inheritdoc/>
    protected override string VersionCommand => "snap list k8s";

    /// <inheritdoc/>
    protected override string RunningCommand => "k8s status >/dev/null 2>&1";

    /// <inheritdoc/>
    protected override bool RebootAfterReset => false;

    /// <inheritdoc/>
    protected override IReadOnlyList<string> LogCommands { get; } =
        ["snap logs k8s -n 200", "journalctl -u snap.k8s.k8sd --no-pager -n 200", "k8s status"];

    /// <inheritdoc/>
    protected override IReadOnlyList<OfflineFile> OfflineFiles { get; } =
    [
        new("k8s.snap", $"{Artifacts}/k8s.snap", Readable),
        new("k8s.assert", $"{Artifacts}/k8s.assert", Readable),
        new("core22.snap", $"{Artifacts}/core22.snap", Readable),
        new("core22.assert", $"{Artifacts}/core22.assert", Readable),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> LeftoverPaths { get; } =
        ["/var/snap/k8s", "/etc/kubernetes", "/run/containerd", "/var/lib/containerd", "/opt/cni/bin"];

    private static UnixFileMode Readable => (UnixFileMode)0b110_100_100;

    /// <inheritdoc/>
    protected override string NormalizeVersion(string version)
    {
        if (TrackOnly().IsMatch(version))
        {
            return $"{version}-classic/stable";
        }

        return ChannelPattern().IsMatch(version)
            ? version
            : throw new ArgumentException(
                $"Expected a k8s snap channel such as '1.36-classic/stable' (or a track such as '1.36'); " +
                $"got '{version}'.", nameof(version));
    }

    /// <inheritdoc/>
    protected override string? ParseVersion(string output)
    {
        // Name  Version  Rev  Tracking  Publisher  Notes; the channel it tracks is what was pinned.
        string[]? row = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(p => p.Length >= 4 && p[0] == "k8s");
        return row?[3];
    }

    /// <inheritdoc/>
    protected override IEnumerable<InstallStep> InstallSteps(
        string version, IReadOnlyDictionary<string, OfflineFile> offline, InstallOptions options)
    {
        yield return offline.Count == 0
            ? Step($"install the k8s snap from {version}",
                $"snap install k8s --classic --channel={ShellQuoting.Quote(version)}", options.StepTimeout) with
            {
                SkipWhen = "snap list k8s >/dev/null 2>&1",
            }
            : Step("install the k8s snap from the offline files",
                $"snap ack {Artifacts}/core22.assert && snap install {Artifacts}/core22.snap && " +
                $"snap ack {Artifacts}/k8s.assert && snap install {Artifacts}/k8s.snap --classic",
                options.StepTimeout) with
            {
                SkipWhen = "snap list k8s >/dev/null 2>&1",
            };
        yield return Step("hold snap refreshes of k8s", "snap refresh --hold k8s", TimeSpan.FromMinutes(1));
        // A failed bootstrap leaves a datastore that makes the next bootstrap fail too; the documented way out is
        // to purge the snap and install again, so a failure purges it.
        yield return Step("bootstrap the cluster",
            "k8s bootstrap --timeout 10m || { status=$?; snap remove k8s --purge; exit $status; }",
            options.StepTimeout) with
        {
            SkipWhen = RunningCommand,
        };
        yield return Step("wait with k8s status --wait-ready",
            "k8s status --wait-ready --timeout 10m", options.StepTimeout);
    }

    /// <inheritdoc/>
    protected override IEnumerable<InstallStep> ResetSteps()
    {
        yield return Step("remove the k8s snap with its data", "snap remove k8s --purge", TimeSpan.FromMinutes(10))
            with
        {
            SkipWhen = "! snap list k8s >/dev/null 2>&1",
        };
    }

    /// <inheritdoc/>
    protected override IEnumerable<PreflightCheck> DistroChecks(
        IReadOnlyDictionary<string, string> facts, bool installed)
    {
        yield return facts.GetValueOrDefault("command.snap") == "yes"
            ? new PreflightCheck("snapd", PreflightOutcome.Pass, "snap present")
            : new PreflightCheck("snapd", PreflightOutcome.Fail, "expected snapd (the snap command)");
        bool containerd = !installed && (facts.GetValueOrDefault("containerd-socket") == "yes"
            || facts.GetValueOrDefault("command.docker") == "yes");
        yield return containerd
            ? new PreflightCheck("no other container runtime", PreflightOutcome.Fail,
                "found /run/containerd/containerd.sock or docker; the k8s snap needs a host without either")
            : new PreflightCheck("no other container runtime", PreflightOutcome.Pass, "none found");
    }

    [GeneratedRegex(@"^[0-9]+\.[0-9]+\z", RegexOptions.None, 1000)]
    private static partial Regex TrackOnly();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+(-classic)?/(stable|candidate|beta|edge)\z", RegexOptions.None, 1000)]
    private static partial Regex ChannelPattern();
}
