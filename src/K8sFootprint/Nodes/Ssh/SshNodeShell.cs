using System.Net.Sockets;
using System.Text;
using K8sFootprint.Nodes.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace K8sFootprint.Nodes.Ssh;

/// <summary>
/// A node reached over SSH (SSH.NET): one session reused across commands, SFTP for files, sudo for non-root
/// users, a per-command time limit that also stops the command on the host, and reconnection after a reboot.
/// </summary>
public sealed partial class SshNodeShell : INodeShell, ISshReconnect
{
    private SshNodeOptions _options;
    private HostKeyPolicy _hostKeys;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private SshClient? _ssh;
    private SftpClient? _sftp;
    private SudoMode _sudo;
    private HostKeyRefusal? _refusal;
    private string? _acceptedFingerprint;

    private SshNodeShell(SshNodeOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _options = options;
        _hostKeys = options.HostKeys ?? HostKeyPolicy.RefuseAll();
        _timeProvider = timeProvider;
        _logger = logger;
        Node = options.DisplayName ?? $"{options.User}@{options.Host}:{options.Port}";
    }

    /// <inheritdoc/>
    public string Node { get; }

    /// <summary>Connects and authenticates to a host.</summary>
    /// <param name="options">Host, user, credentials and host-key policy.</param>
    /// <param name="timeProvider">The clock for time limits; the system clock when <see langword="null"/>.</param>
    /// <param name="logger">Where to log connections and commands; never given a secret.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connected shell.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="NodeConnectionException">The host could not be reached.</exception>
    /// <exception cref="NodeAuthenticationException">The host refused the credentials.</exception>
    /// <exception cref="HostKeyException">The host's key is unknown or changed.</exception>
    public static async Task<SshNodeShell> ConnectAsync(
        SshNodeOptions options,
        TimeProvider? timeProvider = null,
        ILogger<SshNodeShell>? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var shell = new SshNodeShell(options, timeProvider ?? TimeProvider.System,
            logger ?? NullLogger<SshNodeShell>.Instance);
        try
        {
            await shell.ConnectedClientAsync(cancellationToken).ConfigureAwait(false);
            return shell;
        }
        catch
        {
            await shell.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<CommandResult> RunAsync(
        string command, CommandOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        options ??= CommandOptions.Default;
        options.Validate();
        string step = options.Step ?? "command";

        var client = await ConnectedClientAsync(cancellationToken).ConfigureAwait(false);
        string pidFile = $"/tmp/k8sfp-{Guid.NewGuid():N}.pid";
        long started = _timeProvider.GetTimestamp();
        _logger.CommandStarted(Node, step, _options.LogCommandText ? command : "(redacted)");

        using var timeout = new CancellationTokenSource(options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var remote = client.CreateCommand(RemoteCommand.Wrap(command, pidFile, _sudo));
        try
        {
            var execution = remote.ExecuteAsync(linked.Token);
            await WriteInputAsync(remote, WithSudoPassword(options.StandardInput), linked.Token).ConfigureAwait(false);
            await execution.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await StopOnHostAsync(pidFile).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw Timeout(step, options.Timeout);
        }
        catch (Exception ex) when (ex is SshException or SocketException or ObjectDisposedException)
        {
            await DropConnectionAsync().ConfigureAwait(false);
            throw Broken(step, ex);
        }

        var duration = _timeProvider.GetElapsedTime(started);
        int exitCode = remote.ExitStatus ?? -1;
        _logger.CommandFinished(Node, step, exitCode, (long)duration.TotalMilliseconds);
        return new CommandResult(exitCode, remote.Result, remote.Error, duration);
    }

    /// <inheritdoc/>
    public async Task DisconnectAsync(CancellationToken cancellationToken = default)
    {
        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            bool wasConnected = _ssh is not null || _sftp is not null;
            DisposeClients();
            if (wasConnected)
            {
                _logger.Disconnected(Node);
            }
        }
        finally
        {
            _connectGate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task ReconnectAsync(
        SshNodeOptions options, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        await DisconnectAsync(cancellationToken).ConfigureAwait(false);
        _options = options;
        _hostKeys = options.HostKeys ?? HostKeyPolicy.RefuseAll();
        _acceptedFingerprint = null;
        _refusal = null;
        await ReconnectAsync(timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task ReconnectAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await DisconnectAsync(cancellationToken).ConfigureAwait(false);
        var deadline = _timeProvider.GetUtcNow() + timeout;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await ConnectedClientAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (NodeConnectionException ex) when (_timeProvider.GetUtcNow() < deadline)
            {
                _logger.Reconnecting(Node, attempt, ex.Message);
            }
            catch (NodeConnectionException ex)
            {
                throw new NodeTimeoutException(
                    $"Node '{Node}' did not accept an SSH connection within {timeout.TotalSeconds:0} s: {ex.Message}",
                    ex)
                {
                    Node = Node,
                    Step = "reconnect",
                    Timeout = timeout,
                    IsTransient = true,
                };
            }

            await Task.Delay(TimeSpan.FromSeconds(2), _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _connectGate.WaitAsync().ConfigureAwait(false);
        DisposeClients();
        _connectGate.Release();
        _connectGate.Dispose();
    }

    private static async Task WriteInputAsync(SshCommand remote, string? input, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = remote.CreateInputStream();
        }
        catch (InvalidOperationException)
        {
            // The command already finished or was cancelled; there is nobody left to read the input.
            return;
        }

        await using (stream.ConfigureAwait(false))
        {
            if (input is not null)
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(input), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private string? WithSudoPassword(string? input) =>
        _sudo == SudoMode.Password ? SudoPassword + "\n" + input : input;

    private async Task StopOnHostAsync(string pidFile)
    {
        try
        {
            var client = await ConnectedClientAsync(CancellationToken.None).ConfigureAwait(false);
            using var kill = client.CreateCommand(RemoteCommand.KillTree(pidFile, _sudo));
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30), _timeProvider);
            var execution = kill.ExecuteAsync(limit.Token);
            await WriteInputAsync(kill, WithSudoPassword(null), limit.Token).ConfigureAwait(false);
            await execution.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is K8sFootprintException or SshException or SocketException
            or OperationCanceledException)
        {
            _logger.StopFailed(Node, ex.Message);
        }
    }

    private NodeTimeoutException Timeout(string step, TimeSpan limit) => new(
        $"The step '{step}' on node '{Node}' did not finish within {limit.TotalSeconds:0.###} s " +
        "and was stopped on the host.")
    {
        Node = Node,
        Step = step,
        Timeout = limit,
        IsTransient = true,
    };

    private NodeConnectionException Broken(string step, Exception ex) => new(
        $"The SSH connection to node '{Node}' broke during the step '{step}': {ex.Message}", ex)
    {
        Node = Node,
        Step = step,
        IsTransient = true,
    };
}
