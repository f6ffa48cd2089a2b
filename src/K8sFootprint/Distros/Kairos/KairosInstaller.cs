using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using K8sFootprint.Distros.Internal;
using K8sFootprint.Nodes;
using K8sFootprint.Nodes.Ssh;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sFootprint.Distros.Kairos;

/// <summary>
/// Kairos with k3s on embedded etcd, installed from its live image over SSH: a cloud-config that enables k3s with
/// <c>--cluster-init</c> (without it k3s uses SQLite), sets the installed system's user and key and ejects the
/// install medium; <c>kairos-agent manual-install --reboot</c>; then the same shell reconnects to the installed
/// system as that user with its own host key. The k3s version is the one the chosen ISO carries; the installer
/// checks it.
/// </summary>
public sealed partial class KairosInstaller : IDistroInstaller
{
    private const string CloudConfigPath = "/tmp/k8sfootprint-cloud-config.yaml";
    private static readonly TimeSpan ShortStep = TimeSpan.FromMinutes(1);
    private readonly KairosOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="KairosInstaller"/> class.</summary>
    /// <param name="options">The installed system's user, key and SSH options.</param>
    /// <param name="timeProvider">The clock for every wait.</param>
    /// <param name="logger">Where to log steps.</param>
    /// <exception cref="ArgumentException">The key is not one <c>authorized_keys</c> line, or the user or device
    /// is malformed.</exception>
    public KairosInstaller(
        KairosOptions options, TimeProvider? timeProvider = null, ILogger<KairosInstaller>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!KeyPattern().IsMatch(options.AuthorizedKey ?? string.Empty))
        {
            throw new ArgumentException(
                "Expected AuthorizedKey to be one public key line such as 'ssh-ed25519 AAAA… comment'.",
                nameof(options));
        }

        if (!NamePattern().IsMatch(options.User) || !DevicePattern().IsMatch(options.Device))
        {
            throw new ArgumentException(
                $"Expected a user name and 'auto' or a /dev path; got user '{options.User}' and device " +
                $"'{options.Device}'.", nameof(options));
        }

        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<KairosInstaller>.Instance;
    }

    /// <inheritdoc/>
    public DistroKind Kind => DistroKind.Kairos;

    /// <inheritdoc/>
    public string DisplayName => "Kairos (k3s, embedded etcd)";

    /// <inheritdoc/>
    /// <remarks>The k3s version of the standard ISO to boot; the installer checks the installed k3s against
    /// it.</remarks>
    public string DefaultVersion => "v1.36.2+k3s1";

    /// <summary>The cloud-config the installation uses.</summary>
    /// <returns>The YAML text, starting with <c>#cloud-config</c>.</returns>
    public string CloudConfig()
    {
        var text = new StringBuilder();
        text.Append("#cloud-config\n");
        text.Append("install:\n");
        text.Append(CultureInfo.InvariantCulture, $"  device: {_options.Device}\n");
        text.Append(CultureInfo.InvariantCulture, $"  eject-cd: {(_options.EjectCd ? "true" : "false")}\n");
        text.Append("users:\n");
        text.Append(CultureInfo.InvariantCulture, $"- name: {_options.User}\n");
        text.Append("  groups: [admin]\n");
        text.Append("  ssh_authorized_keys:\n");
        text.Append(CultureInfo.InvariantCulture, $"  - \"{_options.AuthorizedKey.Trim()}\"\n");
        text.Append("k3s:\n");
        text.Append("  enabled: true\n");
        text.Append("  args:\n");
        text.Append("  - --cluster-init\n");
        return text.ToString();
    }

    /// <inheritdoc/>
    public InstallPlan Plan(InstallOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string version = Version(options);
        return new InstallPlan(Kind, version,
        [
            new("check the live image has a default route", "ip route show default | grep -q .", ShortStep),
            new("upload the cloud-config", $"chmod 600 {CloudConfigPath}", ShortStep)
            {
                UploadFrom = "(the cloud-config above)",
                UploadTo = CloudConfigPath,
            },
            new("install to disk and reboot",
                $"kairos-agent manual-install --device {ShellQuoting.Quote(_options.Device)} --reboot " +
                CloudConfigPath,
                TimeSpan.FromMinutes(30)),
            new("reconnect to the installed system",
                $"# SSH as {_options.User} with the installed system's host key", _options.RebootTimeout),
            new("check it booted the installed system", "kairos-agent state get boot", ShortStep),
            new("wait for k3s", "systemctl is-active --quiet k3s", TimeSpan.FromMinutes(10)),
            new($"check k3s is {version}", "k3s --version", ShortStep),
        ])
        {
            RunsWhere = "run over SSH, first in the live image, then on the installed system; cloud-config:\n" +
                string.Join('\n', CloudConfig().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(l => "#   " + l)),
        };
    }

    /// <inheritdoc/>
    public async Task<PreflightReport> PreflightAsync(
        INodeShell node, InstallOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        var checks = new List<PreflightCheck>();
        var release = await RunAsync(node, "read kairos-release", "cat /etc/kairos-release", cancellationToken)
            .ConfigureAwait(false);
        checks.Add(release.Succeeded
            ? HostProbe.Pass("kairos", Field(release.StandardOutput, "KAIROS_VERSION") ?? "present")
            : HostProbe.Fail("kairos", "expected a Kairos live image (/etc/kairos-release)"));
        var route = await RunAsync(node, "default route", "ip route show default | grep -q .", cancellationToken)
            .ConfigureAwait(false);
        checks.Add(route.Succeeded
            ? HostProbe.Pass("default route", "present")
            : HostProbe.Fail("default route", "none: k3s will not start without one (\"no default routes found\")"));
        checks.Add(node is ISshReconnect
            ? HostProbe.Pass("ssh", "the shell can reconnect to the installed system")
            : HostProbe.Fail("ssh", "expected an SSH node shell, to reconnect after the reboot"));
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
        var plan = Plan(options);
        if (node is not ISshReconnect reconnect)
        {
            throw new ArgumentException(
                $"Kairos installs over SSH and reconnects after its reboot; expected an SSH node shell, got " +
                $"'{node.GetType().Name}'.", nameof(node));
        }

        progress?.Report("check the live image");
        await EnsureAsync(node, "check the default route", "ip route show default | grep -q .",
            "the live image has no default route; k3s fails to start without one (\"no default routes found\"). " +
            "Give the VM a route (DHCP or static) before installing.", cancellationToken).ConfigureAwait(false);

        progress?.Report("upload the cloud-config");
        await node.WriteFileAsync(CloudConfigPath, Encoding.UTF8.GetBytes(CloudConfig()),
            UnixFileMode.UserRead | UnixFileMode.UserWrite, cancellationToken).ConfigureAwait(false);

        progress?.Report("install to disk and reboot");
        await ManualInstallAsync(node, cancellationToken).ConfigureAwait(false);

        progress?.Report("reconnect to the installed system");
        try
        {
            await reconnect.ReconnectAsync(_options.InstalledSystem, _options.RebootTimeout, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (HostKeyException ex)
        {
            throw Failure(node, "reconnect to the installed system",
                "the host key is not the installed system's: the VM may have booted the live image again (boot " +
                "order or the ISO still attached; eject-cd helps). " + ex.Message, ex);
        }
        catch (K8sFootprintException ex) when (ex is NodeAuthenticationException or NodeTimeoutException)
        {
            throw Failure(node, "reconnect to the installed system",
                $"the installed system did not let '{_options.User}' in with the configured key: {ex.Message}", ex);
        }

        var boot = await RunAsync(node, "boot state", "kairos-agent state get boot", cancellationToken)
            .ConfigureAwait(false);
        if (boot.StandardOutput.Contains("livecd", StringComparison.OrdinalIgnoreCase))
        {
            throw Failure(node, "check it booted the installed system",
                "the node booted the live image again after the install (boot order, or the ISO still attached).");
        }

        progress?.Report("wait for k3s");
        await WaitForK3sAsync(node, cancellationToken).ConfigureAwait(false);
        string? version = await GetInstalledVersionAsync(node, cancellationToken).ConfigureAwait(false);
        if (version != plan.Version)
        {
            throw Failure(node, $"check k3s is {plan.Version}",
                $"the installed k3s is '{version}'; boot the standard ISO built with k3s {plan.Version}.");
        }
    }

    /// <inheritdoc/>
    public Task WaitUntilReadyAsync(INodeShell node, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Readiness.WaitAsync(this, node, timeout, TimeSpan.FromSeconds(5), _timeProvider, _logger,
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
        return node.RunAsync($"k3s kubectl {string.Join(' ', arguments.Select(ShellQuoting.Quote))}",
            new CommandOptions { Step = "kubectl", Timeout = timeout ?? ShortStep }, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<string?> GetInstalledVersionAsync(INodeShell node, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        var result = await RunAsync(node, "installed version", "k3s --version", cancellationToken)
            .ConfigureAwait(false);
        return result.Succeeded && K3sVersion().Match(result.StandardOutput) is { Success: true } m
            ? m.Groups[1].Value
            : null;
    }

    /// <inheritdoc/>
    public async Task<ResetReport> ResetAsync(INodeShell node, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_options.StateResetOnReset)
        {
            return new ResetReport(node.Node, Kind,
                ["Kairos has no uninstall: re-image the VM (wipe its disk) for a clean host"],
                RebootRecommended: false);
        }

        try
        {
            await node.RunAsync("kairos-agent bootentry --select statereset && reboot",
                new CommandOptions { Step = "state reset", Timeout = ShortStep }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (NodeConnectionException)
        {
            // The reboot closes the session.
        }

        return new ResetReport(node.Node, Kind,
            ["the state reset keeps /oem and the installed image; k3s is recreated on the next boot"],
            RebootRecommended: false);
    }

    private async Task ManualInstallAsync(INodeShell node, CancellationToken cancellationToken)
    {
        string command = $"kairos-agent manual-install --device {ShellQuoting.Quote(_options.Device)} --reboot " +
            CloudConfigPath;
        try
        {
            var result = await node.RunAsync(command,
                new CommandOptions { Step = "install to disk and reboot", Timeout = TimeSpan.FromMinutes(30) },
                cancellationToken).ConfigureAwait(false);

            // The reboot may end the session before the exit status arrives (255 from a dropped session).
            if (!result.Succeeded && result.ExitCode != 255)
            {
                throw Failure(node, "install to disk and reboot",
                    $"kairos-agent exited with code {result.ExitCode}: {result.StandardError.Trim()}" +
                    (result.StandardError.Contains("already", StringComparison.OrdinalIgnoreCase)
                        ? " The disk may already hold a Kairos install; wipe it first."
                        : string.Empty));
            }
        }
        catch (NodeConnectionException)
        {
            // Expected: the live system reboots under the session.
        }
    }

    private async Task WaitForK3sAsync(INodeShell node, CancellationToken cancellationToken)
    {
        long started = _timeProvider.GetTimestamp();
        while (!(await RunAsync(node, "wait for k3s", "systemctl is-active --quiet k3s", cancellationToken)
            .ConfigureAwait(false)).Succeeded)
        {
            if (_timeProvider.GetElapsedTime(started) >= TimeSpan.FromMinutes(10))
            {
                var journal = await RunAsync(node, "collect logs", "journalctl -u k3s --no-pager -n 100",
                    CancellationToken.None).ConfigureAwait(false);
                string hint = journal.StandardOutput.Contains("no default route", StringComparison.Ordinal)
                    ? " The journal says there is no default route."
                    : string.Empty;
                throw new DistroInstallException(
                    $"{DisplayName} on node '{node.Node}' failed at step 'wait for k3s': k3s is not active after " +
                    $"10 minutes.{hint}")
                {
                    Node = node.Node,
                    Step = "wait for k3s",
                    Distro = Kind,
                    Logs = journal.StandardOutput,
                };
            }

            await Task.Delay(TimeSpan.FromSeconds(5), _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EnsureAsync(
        INodeShell node, string step, string command, string why, CancellationToken cancellationToken)
    {
        if (!(await RunAsync(node, step, command, cancellationToken).ConfigureAwait(false)).Succeeded)
        {
            throw Failure(node, step, why);
        }
    }

    private static Task<CommandResult> RunAsync(
        INodeShell node, string step, string command, CancellationToken cancellationToken) =>
        node.RunAsync(command, new CommandOptions { Step = step, Timeout = ShortStep }, cancellationToken);

    private DistroInstallException Failure(INodeShell node, string step, string what, Exception? inner = null) =>
        Failures.At(this, node, step, what, inner);

    private string Version(InstallOptions options)
    {
        string version = options.Version ?? DefaultVersion;
        return VersionPattern().IsMatch(version)
            ? version
            : throw new ArgumentException(
                $"Expected the k3s version of the Kairos ISO, such as 'v1.36.2+k3s1'; got '{version}'.",
                nameof(options));
    }

    private static string? Field(string release, string name) =>
        release.Split('\n').Select(l => l.Split('=', 2)).FirstOrDefault(p => p[0] == name) is [_, var value]
            ? value.Trim('"', ' ')
            : null;

    [GeneratedRegex(@"^v[0-9]+\.[0-9]+\.[0-9]+\+k3s[0-9]+\z", RegexOptions.None, 1000)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"k3s version (\S+)", RegexOptions.None, 1000)]
    private static partial Regex K3sVersion();

    [GeneratedRegex(@"^(ssh-(ed25519|rsa)|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( [^\r\n""\\]*)?\z",
        RegexOptions.None, 1000)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[a-z_][a-z0-9_-]{0,31}\z", RegexOptions.None, 1000)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(auto|/dev/[A-Za-z0-9/_-]+)\z", RegexOptions.None, 1000)]
    private static partial Regex DevicePattern();
}
