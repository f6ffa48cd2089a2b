using System.Text;
using K8sFootprint.Distros.Internal;
using K8sFootprint.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sFootprint.Distros;

/// <summary>
/// The shared machinery of installers that work through a node shell on Ubuntu: one plan of quoted steps for both
/// the dry run and the installation, host hygiene first (cloud-init, the apt/dpkg lock), bounded timeouts on every
/// step, the distribution's logs collected on failure, a generic readiness wait and a reset that reports
/// leftovers.
/// </summary>
public abstract class ShellDistroInstaller : IDistroInstaller
{
    /// <summary>Where offline artifacts are staged on the node.</summary>
    protected const string StagingDirectory = "/var/tmp/k8sfootprint-offline";

    private static readonly TimeSpan ShortStep = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    /// <summary>Initializes a new instance of the <see cref="ShellDistroInstaller"/> class.</summary>
    /// <param name="timeProvider">The clock for every wait.</param>
    /// <param name="logger">Where to log steps.</param>
    protected ShellDistroInstaller(TimeProvider? timeProvider, ILogger? logger)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
        Logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc/>
    public abstract DistroKind Kind { get; }

    /// <inheritdoc/>
    public abstract string DisplayName { get; }

    /// <inheritdoc/>
    public abstract string DefaultVersion { get; }

    /// <summary>Gets the clock for every wait.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>Gets the logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>Gets what the distribution needs from its host.</summary>
    protected abstract HostRequirements Requirements { get; }

    /// <summary>Gets the command prefix that runs kubectl on the node, for example <c>k3s kubectl</c>.</summary>
    protected abstract string Kubectl { get; }

    /// <summary>Gets the command that prints the installed version; it fails when nothing is installed.</summary>
    protected abstract string VersionCommand { get; }

    /// <summary>Gets a command that succeeds when the distribution's service is running.</summary>
    protected abstract string RunningCommand { get; }

    /// <summary>Gets a command that succeeds when the installation is configured as this installer configures it
    /// (for example K3s with <c>--cluster-init</c>, not SQLite).</summary>
    protected virtual string ConfiguredCommand => "true";

    /// <summary>Gets the commands whose output is attached to a failure: unit journals and log files.</summary>
    protected abstract IReadOnlyList<string> LogCommands { get; }

    /// <summary>Gets the air-gap files the installer takes from an offline folder.</summary>
    protected abstract IReadOnlyList<OfflineFile> OfflineFiles { get; }

    /// <summary>Gets the paths and units the distribution's uninstall is known to leave, checked after a
    /// reset.</summary>
    protected abstract IReadOnlyList<string> LeftoverPaths { get; }

    /// <summary>Gets a value indicating whether the documentation asks for a reboot after uninstalling.</summary>
    protected virtual bool RebootAfterReset => true;

    /// <inheritdoc/>
    public InstallPlan Plan(InstallOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        string version = NormalizeVersion(options.Version ?? DefaultVersion);
        var offline = Offline(options.OfflineArtifacts);
        InstallStep[] hygiene =
        [
            new("wait for cloud-init",
                "if command -v cloud-init >/dev/null 2>&1; then cloud-init status --wait >/dev/null || true; fi",
                options.HostSettleTimeout),
            new("wait for the apt/dpkg lock",
                "while command -v fuser >/dev/null 2>&1 && fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock " +
                "/var/lib/apt/lists/lock >/dev/null 2>&1; do sleep 5; done",
                options.HostSettleTimeout),
        ];
        var uploads = Uploads(offline, options.OfflineArtifacts);
        return new InstallPlan(Kind, version, [.. hygiene, .. uploads, .. InstallSteps(version, offline, options)]);
    }

    /// <inheritdoc/>
    public async Task<PreflightReport> PreflightAsync(
        INodeShell node, InstallOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(options);
        var result = await node.RunAsync(HostProbe.Command, Options("preflight", ShortStep), cancellationToken)
            .ConfigureAwait(false);
        result.EnsureSuccess(node.Node, "preflight");
        var facts = HostProbe.Parse(result.StandardOutput);
        bool installed = await GetInstalledVersionAsync(node, cancellationToken).ConfigureAwait(false) is not null;
        var checks = HostProbe.Check(facts, Requirements);
        if (installed)
        {
            // Its own ports are busy because it runs; that is not a reason to refuse.
            checks = [.. checks.Select(c => c.Name.EndsWith(" ports", StringComparison.Ordinal)
                ? c with { Outcome = PreflightOutcome.Pass, Detail = $"in use by the installed {DisplayName}" }
                : c)];
        }

        if (options.OfflineArtifacts is null && !HostProbe.Has(facts, "curl"))
        {
            checks.Add(HostProbe.Fail(
                "curl", "expected curl to download the installer; use offline artifacts otherwise"));
        }

        checks.AddRange(DistroChecks(facts, installed));
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
        string? installed = await GetInstalledVersionAsync(node, cancellationToken).ConfigureAwait(false);
        if (installed is not null && installed != plan.Version)
        {
            throw new DistroInstallException(
                $"{DisplayName} {installed} is installed on node '{node.Node}'; expected a host without it to " +
                $"install {plan.Version}. Reset the host first.")
            {
                Node = node.Node,
                Step = "check installed version",
                Distro = Kind,
            };
        }

        if (installed is not null && await IsCompleteAsync(node, cancellationToken).ConfigureAwait(false))
        {
            Logger.AlreadyInstalled(Kind, plan.Version, node.Node);
            progress?.Report($"{DisplayName} {plan.Version} is already installed and running");
            return;
        }

        foreach (var step in plan.Steps)
        {
            progress?.Report(step.Name);
            await RunStepAsync(node, step, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Task WaitUntilReadyAsync(
        INodeShell node, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Readiness.WaitAsync(this, node, timeout, PollInterval, TimeProvider, Logger, () => CollectLogsAsync(node),
            cancellationToken);

    /// <inheritdoc/>
    public Task<CommandResult> KubectlAsync(
        INodeShell node,
        IReadOnlyList<string> arguments,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(arguments);
        string command = $"{Kubectl} {string.Join(' ', arguments.Select(ShellQuoting.Quote))}";
        return node.RunAsync(command, Options("kubectl", timeout ?? ShortStep), cancellationToken);
    }

    /// <summary>Whether an installation is whole: configured as this installer configures it, its service
    /// running, the node and the kube-system pods ready. A half-done one (a failed step, another datastore) is
    /// not, so its steps run again.</summary>
    private async Task<bool> IsCompleteAsync(INodeShell node, CancellationToken cancellationToken)
    {
        string check = $"{RunningCommand} && {ConfiguredCommand}";
        if (!(await node.RunAsync(check, Options("check installation", ShortStep), cancellationToken)
            .ConfigureAwait(false)).Succeeded)
        {
            return false;
        }

        return (await Readiness.CheckAsync(this, node, cancellationToken).ConfigureAwait(false)).Ready;
    }

    /// <inheritdoc/>
    public async Task<string?> GetInstalledVersionAsync(INodeShell node, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        var result = await node.RunAsync(VersionCommand, Options("installed version", ShortStep), cancellationToken)
            .ConfigureAwait(false);
        return result.Succeeded ? ParseVersion(result.StandardOutput) : null;
    }

    /// <inheritdoc/>
    public async Task<ResetReport> ResetAsync(INodeShell node, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var step in ResetSteps())
        {
            await RunStepAsync(node, step, cancellationToken).ConfigureAwait(false);
        }

        string check = string.Join("; ", LeftoverPaths.Select(p =>
            $"if [ -e {ShellQuoting.QuotePath(p)} ]; then echo {ShellQuoting.Quote(p)}; fi"));
        var leftovers = await node.RunAsync(check, Options("check leftovers", ShortStep), cancellationToken)
            .ConfigureAwait(false);
        string[] left = leftovers.StandardOutput.Split(
            '\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (left.Length > 0)
        {
            Logger.LeftoversAfterReset(Kind, node.Node, left.Length, string.Join(", ", left));
        }

        return new ResetReport(node.Node, Kind, left, RebootAfterReset);
    }

    /// <summary>Checks the version string and brings it to the distribution's notation.</summary>
    /// <param name="version">The version as given.</param>
    /// <returns>The version as the installer uses it.</returns>
    /// <exception cref="ArgumentException">The version does not match the distribution's notation.</exception>
    protected abstract string NormalizeVersion(string version);

    /// <summary>Reads the version from the output of <see cref="VersionCommand"/>.</summary>
    /// <param name="output">The command's output.</param>
    /// <returns>The version in the same notation as <see cref="NormalizeVersion"/>, or
    /// <see langword="null"/>.</returns>
    protected abstract string? ParseVersion(string output);

    /// <summary>The distribution's own install steps, after host hygiene and uploads.</summary>
    /// <param name="version">The normalized version.</param>
    /// <param name="offline">The offline files present, by name; empty when installing online.</param>
    /// <param name="options">The options.</param>
    /// <returns>The steps.</returns>
    protected abstract IEnumerable<InstallStep> InstallSteps(
        string version, IReadOnlyDictionary<string, OfflineFile> offline, InstallOptions options);

    /// <summary>The distribution's own uninstall steps.</summary>
    /// <returns>The steps.</returns>
    protected abstract IEnumerable<InstallStep> ResetSteps();

    /// <summary>Checks only this distribution needs.</summary>
    /// <param name="facts">The host facts from the probe.</param>
    /// <param name="installed">Whether this distribution is installed already.</param>
    /// <returns>The checks.</returns>
    protected virtual IEnumerable<PreflightCheck> DistroChecks(
        IReadOnlyDictionary<string, string> facts, bool installed) => [];

    /// <summary>A step with the given timeout.</summary>
    /// <param name="name">What it does.</param>
    /// <param name="command">The command.</param>
    /// <param name="timeout">The longest it may take.</param>
    /// <returns>The step.</returns>
    protected static InstallStep Step(string name, string command, TimeSpan timeout) => new(name, command, timeout);

    private Dictionary<string, OfflineFile> Offline(string? folder)
    {
        if (folder is null)
        {
            return new Dictionary<string, OfflineFile>();
        }

        if (folder.AsSpan().IndexOfAny('\n', '\r', '\0') >= 0)
        {
            throw new ArgumentException($"Expected a folder path without line breaks; got '{folder}'.", nameof(folder));
        }

        var present = OfflineFiles.Where(f => File.Exists(Path.Combine(folder, f.Name))).ToDictionary(f => f.Name);
        var missing = OfflineFiles.Where(f => f.Required && !present.ContainsKey(f.Name)).Select(f => f.Name).ToList();
        return missing.Count == 0
            ? present
            : throw new ArgumentException(
                $"The offline folder '{folder}' lacks {string.Join(", ", missing)}; expected the {DisplayName} " +
                "air-gap files: " +
                $"{string.Join(", ", OfflineFiles.Select(f => f.Required ? f.Name : f.Name + " (optional)"))}.",
                nameof(folder));

    }

    /// <summary>Each file goes over SFTP, as the login user, to a staging name in /var/tmp; the step's command,
    /// run as root, then installs it in place (<c>install</c> replaces a busy binary rather than writing into
    /// it).</summary>
    private static IEnumerable<InstallStep> Uploads(IReadOnlyDictionary<string, OfflineFile> offline, string? folder) =>
        folder is null
            ? []
            : offline.Values.Select(f =>
            {
                string staged = $"/var/tmp/k8sfootprint-upload-{f.Name}";
                string mode = Convert.ToString((int)f.Mode, 8);
                return new InstallStep(
                    $"upload {f.Name}",
                    $"install -D -m {mode} {ShellQuoting.QuotePath(staged)} {ShellQuoting.QuotePath(f.NodePath)} && " +
                    $"rm -f {ShellQuoting.QuotePath(staged)}",
                    TimeSpan.FromMinutes(30))
                {
                    UploadFrom = Path.GetFullPath(Path.Combine(folder, f.Name)),
                    UploadTo = staged,
                    UploadMode = f.Mode,
                };
            });

    private async Task RunStepAsync(INodeShell node, InstallStep step, CancellationToken cancellationToken)
    {
        try
        {
            if (step.SkipWhen is not null
                && (await node.RunAsync(step.SkipWhen, Options(step.Name, ShortStep), cancellationToken)
                    .ConfigureAwait(false)).Succeeded)
            {
                Logger.StepSkipped(Kind, node.Node, step.Name);
                return;
            }

            Logger.StepStarted(Kind, node.Node, step.Name);
            if (step.UploadFrom is not null)
            {
                await UploadAsync(node, step, cancellationToken).ConfigureAwait(false);
            }

            var result = await node.RunAsync(step.Command, Options(step.Name, step.Timeout), cancellationToken)
                .ConfigureAwait(false);
            result.EnsureSuccess(node.Node, step.Name);
        }
        catch (Exception ex) when (ex is K8sFootprintException or IOException or UnauthorizedAccessException
            && ex is not DistroInstallException && !cancellationToken.IsCancellationRequested)
        {
            string logs = await CollectLogsAsync(node).ConfigureAwait(false);
            Logger.StepFailed(ex, Kind, node.Node, step.Name, logs.Split('\n').Length);
            throw new DistroInstallException(
                $"{DisplayName} on node '{node.Node}' failed at step '{step.Name}': {ex.Message} The steps before " +
                "it stay done; reset the host before installing anything else." +
                (logs.Length == 0 ? string.Empty : $" Last log lines:\n{Tail(logs, 15)}"), ex)
            {
                Node = node.Node,
                Step = step.Name,
                Distro = Kind,
                Logs = logs,
                IsTransient = ex is K8sFootprintException { IsTransient: true },
            };
        }
    }

    private static async Task UploadAsync(INodeShell node, InstallStep step, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(step.UploadFrom!, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new K8sFootprintException($"The offline file '{step.UploadFrom}' could not be read: {ex.Message}", ex)
            {
                Node = node.Node,
                Step = step.Name,
            };
        }

        await node.WriteFileAsync(step.UploadTo!, content, step.UploadMode, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> CollectLogsAsync(INodeShell node)
    {
        var logs = new StringBuilder();
        foreach (string command in LogCommands)
        {
            try
            {
                var result = await node.RunAsync(command, Options("collect logs", ShortStep), CancellationToken.None)
                    .ConfigureAwait(false);
                logs.Append("$ ").Append(command).Append('\n')
                    .Append(result.StandardOutput).Append(result.StandardError);
            }
            catch (K8sFootprintException ex)
            {
                logs.Append("$ ").Append(command)
                    .Append("\n(could not be collected: ").Append(ex.Message).Append(")\n");
            }
        }

        return logs.ToString();
    }

    private static CommandOptions Options(string step, TimeSpan timeout) => new() { Step = step, Timeout = timeout };

    private static string Tail(string text, int lines) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
}
