using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using K8sFootprint.Distros.Internal;
using K8sFootprint.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sFootprint.Distros.Talos;

/// <summary>
/// Talos Linux on a node booted from its ISO in maintenance mode, driven from the controller with talosctl (no
/// shell, no SSH): list the disks, generate a single-node configuration (install disk, pinned installer image,
/// Kubernetes version, scheduling on the control plane allowed, discovery as chosen), apply it, wait for the
/// installed system's API, bootstrap exactly once, wait healthy, fetch the kubeconfig. The node is a
/// <see cref="TalosNode"/>; kubectl runs on the controller.
/// </summary>
public sealed partial class TalosInstaller : IDistroInstaller
{
    /// <summary>The JSON patch that lets workloads run on the single control-plane node.</summary>
    public const string SchedulingPatch =
        "[{\"op\":\"add\",\"path\":\"/cluster/allowSchedulingOnControlPlanes\",\"value\":true}]";

    private const string InstallerImage = "ghcr.io/siderolabs/installer";
    private readonly TalosOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="TalosInstaller"/> class.</summary>
    /// <param name="options">talosctl, kubectl, the secrets folder and the cluster's shape.</param>
    /// <param name="timeProvider">The clock for every wait.</param>
    /// <param name="logger">Where to log steps (never secrets).</param>
    public TalosInstaller(
        TalosOptions options, TimeProvider? timeProvider = null, ILogger<TalosInstaller>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.SecretsDirectory);
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<TalosInstaller>.Instance;
    }

    /// <inheritdoc/>
    public DistroKind Kind => DistroKind.Talos;

    /// <inheritdoc/>
    public string DisplayName => "Talos Linux";

    /// <inheritdoc/>
    /// <remarks>The Talos version, which picks the installer image; the Kubernetes version is
    /// <see cref="KubernetesVersion"/>.</remarks>
    public string DefaultVersion => "v1.13.9";

    /// <summary>Gets the Kubernetes version the generated configuration pins.</summary>
    public string KubernetesVersion { get; init; } = "1.36.3";

    private string TalosConfig => Path.Combine(_options.SecretsDirectory, "talosconfig");

    private string Kubeconfig => Path.Combine(_options.SecretsDirectory, "kubeconfig");

    /// <summary>The arguments that point talosctl at one node with the generated talosconfig.</summary>
    /// <param name="options">The options with the secrets folder.</param>
    /// <param name="node">The node's address.</param>
    /// <returns>The arguments.</returns>
    public static IReadOnlyList<string> Authenticated(TalosOptions options, string node)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ["--talosconfig", Path.Combine(options.SecretsDirectory, "talosconfig"), "-e", node, "-n", node];
    }

    /// <inheritdoc/>
    public InstallPlan Plan(InstallOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        string version = Version(options);
        return new InstallPlan(Kind, version,
        [
            Render("list the node's disks (maintenance mode)", Disks("NODE"), TimeSpan.FromMinutes(1)),
            Render("generate the single-node configuration",
                GenConfig("NODE", _options.InstallDisk ?? "/dev/DISK", version), TimeSpan.FromMinutes(1)),
            Render("apply the configuration (maintenance mode)", Apply("NODE"), TimeSpan.FromMinutes(2)),
            Render("wait for the installed system's API", [.. Authenticated(_options, "NODE"), "version"],
                _options.InstallTimeout),
            Render("bootstrap etcd, exactly once", [.. Authenticated(_options, "NODE"), "bootstrap"],
                _options.BootstrapTimeout),
            Render("wait until healthy", Health("NODE"), _options.HealthTimeout),
            Render("fetch the kubeconfig", [.. Authenticated(_options, "NODE"), "kubeconfig", Kubeconfig, "--force"],
                TimeSpan.FromMinutes(1)),
        ])
        {
            RunsWhere = "run on the controller against the node's API (NODE)",
        };
    }

    /// <inheritdoc/>
    public async Task<PreflightReport> PreflightAsync(
        INodeShell node, InstallOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(options);
        string version = Version(options);
        var checks = new List<PreflightCheck>();
        try
        {
            var client = await TalosctlAsync(node, "talosctl version", ["version", "--client", "--short"],
                TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
            string? tag = FirstTag(client.StandardOutput);
            checks.Add(tag is not null && Minor(tag) == Minor(version)
                ? HostProbe.Pass("talosctl", $"{tag}, matching {version}")
                : HostProbe.Fail("talosctl", $"expected talosctl {Minor(version)}.x to match the node; got " +
                    $"'{tag ?? client.StandardOutput.Trim()}'"));
        }
        catch (K8sFootprintException ex)
        {
            checks.Add(HostProbe.Fail("talosctl", ex.Message));
        }

        checks.Add(await PortOpenAsync(node.Node, 50000, cancellationToken).ConfigureAwait(false)
            ? HostProbe.Pass("Talos API", "port 50000 answers")
            : HostProbe.Fail("Talos API", "expected the node's API on port 50000 (boot the Talos ISO)"));
        return new PreflightReport(node.Node, Kind, checks);
    }

    /// <inheritdoc/>
    public async Task InstallAsync(
        INodeShell node,
        InstallOptions options,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        string version = Version(options);
        if (await GetInstalledVersionAsync(node, cancellationToken).ConfigureAwait(false) is { } installed)
        {
            if (installed == version && File.Exists(Kubeconfig))
            {
                progress?.Report($"{DisplayName} {version} is already installed and running");
                return;
            }

            throw Failure(node, "check installed version",
                $"Talos {installed} is installed; expected a node in maintenance mode to install {version}. " +
                "Reset it first.");
        }

        Directory.CreateDirectory(_options.SecretsDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_options.SecretsDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite
                | UnixFileMode.UserExecute);
        }

        progress?.Report("list the node's disks");
        string disk = _options.InstallDisk ?? await FindDiskAsync(node, cancellationToken).ConfigureAwait(false);

        progress?.Report("generate the single-node configuration");
        await StepAsync(node, "generate the configuration", GenConfig(node.Node, disk, version),
            TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        OwnerOnly("talosconfig", "controlplane.yaml", "worker.yaml");

        progress?.Report("apply the configuration");
        var apply = await TalosctlAsync(node, "apply the configuration", Apply(node.Node), TimeSpan.FromMinutes(2),
            cancellationToken).ConfigureAwait(false);
        if (!apply.Succeeded)
        {
            throw Failure(node, "apply the configuration", Regex.IsMatch(apply.StandardError, "x509|certificate")
                ? "the node refused the unauthenticated configuration (a certificate error): it is not in " +
                  "maintenance mode any more, so it was installed before. Reset it, or boot the ISO again."
                : $"talosctl apply-config exited with code {apply.ExitCode}: {apply.StandardError.Trim()}");
        }

        progress?.Report("wait for the installed system's API");
        await RetryAsync(node, "wait for the installed system's API", [.. Authenticated(_options, node.Node),
            "version"], _options.InstallTimeout, _ => false, cancellationToken).ConfigureAwait(false);

        progress?.Report("bootstrap etcd");
        await RetryAsync(node, "bootstrap etcd", [.. Authenticated(_options, node.Node), "bootstrap"],
            _options.BootstrapTimeout, error => error.Contains("AlreadyExists", StringComparison.Ordinal)
                || error.Contains("already bootstrapped", StringComparison.OrdinalIgnoreCase), cancellationToken)
            .ConfigureAwait(false);

        progress?.Report("wait until healthy");
        await StepAsync(node, "wait until healthy", Health(node.Node), _options.HealthTimeout + TimeSpan.FromMinutes(1),
            cancellationToken).ConfigureAwait(false);

        progress?.Report("fetch the kubeconfig");
        await StepAsync(node, "fetch the kubeconfig",
            [.. Authenticated(_options, node.Node), "kubeconfig", Kubeconfig, "--force"], TimeSpan.FromMinutes(1),
            cancellationToken).ConfigureAwait(false);
        OwnerOnly("kubeconfig");

        string? running = await GetInstalledVersionAsync(node, cancellationToken).ConfigureAwait(false);
        if (running != version)
        {
            throw Failure(node, "check installed version",
                $"the node runs Talos '{running}'; expected {version} from the installer image. Is the ISO of the " +
                "same version?");
        }
    }

    /// <inheritdoc/>
    public Task WaitUntilReadyAsync(INodeShell node, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Readiness.WaitAsync(this, node, timeout, _options.PollInterval, _timeProvider, _logger,
            () => Task.FromResult(string.Empty), cancellationToken);

    /// <inheritdoc/>
    public Task<CommandResult> KubectlAsync(
        INodeShell node,
        IReadOnlyList<string> arguments,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(arguments);
        return ControllerProcess.RunAsync(_options.Kubectl, ["--kubeconfig", Kubeconfig, .. arguments],
            timeout ?? TimeSpan.FromMinutes(1), node.Node, "kubectl", _timeProvider, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<string?> GetInstalledVersionAsync(INodeShell node, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!File.Exists(TalosConfig))
        {
            return null;
        }

        var result = await TalosctlAsync(node, "installed version",
            [.. Authenticated(_options, node.Node), "version", "--short"], TimeSpan.FromMinutes(1), cancellationToken)
            .ConfigureAwait(false);
        int server = result.StandardOutput.IndexOf("Server:", StringComparison.Ordinal);
        return result.Succeeded && server >= 0 ? FirstTag(result.StandardOutput[server..]) : null;
    }

    /// <inheritdoc/>
    public async Task<ResetReport> ResetAsync(INodeShell node, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        string[] wipe = _options.WipeScope == TalosWipeScope.SystemPartitions
            ? ["--system-labels-to-wipe", "STATE", "--system-labels-to-wipe", "EPHEMERAL"]
            : [];
        await StepAsync(node, "reset",
            [.. Authenticated(_options, node.Node), "reset", "--graceful=false", "--reboot", .. wipe],
            TimeSpan.FromMinutes(10), cancellationToken).ConfigureAwait(false);
        File.Delete(Kubeconfig);
        string[] left = _options.WipeScope == TalosWipeScope.SystemDisk
            ? ["the system disk is wiped: boot the Talos ISO again before the next install"]
            : [];
        return new ResetReport(node.Node, Kind, left, RebootRecommended: false);
    }

    private string Version(InstallOptions options)
    {
        string version = options.Version ?? DefaultVersion;
        return VersionPattern().IsMatch(version)
            ? version
            : throw new ArgumentException($"Expected a Talos version such as 'v1.13.9'; got '{version}'.",
                nameof(options));
    }

    private static string[] Disks(string node) => ["get", "disks", "--insecure", "-n", node, "-o", "json"];

    private string[] GenConfig(string node, string disk, string version) =>
    [
        "gen", "config", _options.ClusterName, $"https://{node}:6443",
        "--install-disk", disk,
        "--install-image", $"{InstallerImage}:{version}",
        "--kubernetes-version", KubernetesVersion,
        "--config-patch-control-plane", SchedulingPatch,
        .. _options.ConfigPatches.SelectMany(patch => new[] { "--config-patch", patch }),
        $"--with-cluster-discovery={(_options.ClusterDiscovery ? "true" : "false")}",
        "--output-dir", _options.SecretsDirectory,
        "--force",
    ];

    private string[] Apply(string node) =>
        ["apply-config", "--insecure", "-n", node, "-f", Path.Combine(_options.SecretsDirectory, "controlplane.yaml")];

    private string[] Health(string node) =>
    [
        .. Authenticated(_options, node), "health",
        $"--wait-timeout={((int)_options.HealthTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)}s",
    ];

    private InstallStep Render(string name, IReadOnlyList<string> arguments, TimeSpan timeout) =>
        new(name, $"{_options.Talosctl} {string.Join(' ', arguments.Select(ShellQuoting.Quote))}", timeout);

    private async Task<string> FindDiskAsync(INodeShell node, CancellationToken cancellationToken)
    {
        var result = await StepAsync(node, "list the node's disks", Disks(node.Node), TimeSpan.FromMinutes(1),
            cancellationToken).ConfigureAwait(false);
        foreach (string line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var disk = JsonDocument.Parse(line);
            var spec = disk.RootElement.GetProperty("spec");
            bool usable = !(spec.TryGetProperty("readonly", out var ro) && ro.GetBoolean())
                && !(spec.TryGetProperty("cdrom", out var cd) && cd.GetBoolean())
                && spec.TryGetProperty("size", out var size) && size.GetInt64() > 0;
            if (usable && spec.TryGetProperty("dev_path", out var path))
            {
                return path.GetString()!;
            }
        }

        throw Failure(node, "list the node's disks", "the node reports no writable disk to install to.");
    }

    private async Task RetryAsync(
        INodeShell node,
        string step,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        Func<string, bool> countsAsDone,
        CancellationToken cancellationToken)
    {
        long started = _timeProvider.GetTimestamp();
        while (true)
        {
            var result = await TalosctlAsync(node, step, arguments, TimeSpan.FromMinutes(1), cancellationToken)
                .ConfigureAwait(false);
            if (result.Succeeded || countsAsDone(result.StandardError))
            {
                return;
            }

            if (_timeProvider.GetElapsedTime(started) >= timeout)
            {
                throw Failure(node, step, $"still failing after {timeout.TotalSeconds:0} s: " +
                    $"{result.StandardError.Trim()}");
            }

            await Task.Delay(_options.PollInterval, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CommandResult> StepAsync(
        INodeShell node, string step, IReadOnlyList<string> arguments, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var result = await TalosctlAsync(node, step, arguments, timeout, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? result
            : throw Failure(node, step, $"talosctl exited with code {result.ExitCode}: {result.StandardError.Trim()}");
    }

    private async Task<CommandResult> TalosctlAsync(
        INodeShell node, string step, IReadOnlyList<string> arguments, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        try
        {
            return await ControllerProcess.RunAsync(_options.Talosctl, arguments, timeout, node.Node, step,
                _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (K8sFootprintException ex) when (ex is not DistroInstallException)
        {
            throw Failure(node, step, ex.Message, ex);
        }
    }

    private DistroInstallException Failure(INodeShell node, string step, string what, Exception? inner = null) =>
        Failures.At(this, node, step, what, inner);

    private void OwnerOnly(params string[] names)
    {
        foreach (string name in names)
        {
            string path = Path.Combine(_options.SecretsDirectory, name);
            if (File.Exists(path) && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    private async Task<bool> PortOpenAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), _timeProvider);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await client.ConnectAsync(host, port, limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static string? FirstTag(string text) =>
        TagPattern().Match(text) is { Success: true } m ? m.Value : null;

    private static string Minor(string version) => string.Join('.', version.Split('.')[..2]);

    [GeneratedRegex(@"^v[0-9]+\.[0-9]+\.[0-9]+\z", RegexOptions.None, 1000)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"v[0-9]+\.[0-9]+\.[0-9]+", RegexOptions.None, 1000)]
    private static partial Regex TagPattern();
}
