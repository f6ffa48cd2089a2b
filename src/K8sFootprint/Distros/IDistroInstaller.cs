using K8sFootprint.Nodes;

namespace K8sFootprint.Distros;

/// <summary>
/// Makes a fresh host into a single-node cluster of one distribution, exactly as its project documents, and puts
/// it back afterwards. Callers drive every distribution the same way: preflight, install, wait until ready,
/// measure, reset.
/// </summary>
public interface IDistroInstaller
{
    /// <summary>Gets the distribution.</summary>
    DistroKind Kind { get; }

    /// <summary>Gets the distribution's name for people, for example "K3s (embedded etcd)".</summary>
    string DisplayName { get; }

    /// <summary>Gets the version installed when the options name none.</summary>
    string DefaultVersion { get; }

    /// <summary>The exact steps <see cref="InstallAsync"/> would run, without touching a host.</summary>
    /// <param name="options">The version and offline artifacts.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The version or a path is malformed or holds shell
    /// metacharacters.</exception>
    InstallPlan Plan(InstallOptions options);

    /// <summary>Checks that the host can take the distribution: OS release, CPU, memory, free disk, swap, free
    /// ports, kernel modules, cgroup v2 and the distribution's own prerequisites.</summary>
    /// <param name="node">The host.</param>
    /// <param name="options">The install options.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    /// <returns>The report; nothing on the host is changed.</returns>
    Task<PreflightReport> PreflightAsync(
        INodeShell node, InstallOptions options, CancellationToken cancellationToken = default);

    /// <summary>Installs the pinned version with the distribution's defaults. A host that already runs that
    /// version is left as it is.</summary>
    /// <param name="node">The host.</param>
    /// <param name="options">The version, offline artifacts and timeouts.</param>
    /// <param name="progress">Receives the name of each step as it starts.</param>
    /// <param name="cancellationToken">Cancels between steps and kills a running step.</param>
    /// <returns>A task that completes when the distribution is installed and started.</returns>
    /// <exception cref="DistroInstallException">A step failed; the message names it and the exception carries
    /// the distribution's logs.</exception>
    Task InstallAsync(
        INodeShell node,
        InstallOptions options,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Waits until the node is Ready and every kube-system pod that is not a finished job is
    /// Ready.</summary>
    /// <param name="node">The host.</param>
    /// <param name="timeout">The longest to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the cluster is ready.</returns>
    /// <exception cref="NodeNotReadyException">The deadline passed; the message names what was not ready and
    /// why (CrashLoopBackOff, Pending).</exception>
    Task WaitUntilReadyAsync(INodeShell node, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Runs kubectl on the node the way this distribution provides it.</summary>
    /// <param name="node">The host.</param>
    /// <param name="arguments">kubectl's arguments; each is quoted.</param>
    /// <param name="timeout">The longest the command may take; one minute when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The command's result.</returns>
    Task<CommandResult> KubectlAsync(
        INodeShell node,
        IReadOnlyList<string> arguments,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads the installed version from the node.</summary>
    /// <param name="node">The host.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The version, or <see langword="null"/> when the distribution is not installed.</returns>
    Task<string?> GetInstalledVersionAsync(INodeShell node, CancellationToken cancellationToken = default);

    /// <summary>Removes the distribution with its own uninstall procedure and reports what is left.</summary>
    /// <param name="node">The host.</param>
    /// <param name="cancellationToken">Cancels the reset.</param>
    /// <returns>What was left behind.</returns>
    /// <exception cref="DistroInstallException">The uninstall failed; logs attached.</exception>
    Task<ResetReport> ResetAsync(INodeShell node, CancellationToken cancellationToken = default);
}
