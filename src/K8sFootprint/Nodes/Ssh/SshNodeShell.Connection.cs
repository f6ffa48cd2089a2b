using System.Net.Sockets;
using K8sFootprint.Nodes.Internal;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace K8sFootprint.Nodes.Ssh;

/// <summary>Connecting, host-key checks and sudo detection.</summary>
public sealed partial class SshNodeShell
{
    private string? SudoPassword => _options.SudoPassword ?? _options.Credentials.Password;

    private async Task<SshClient> ConnectedClientAsync(CancellationToken cancellationToken)
    {
        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ssh is { IsConnected: true })
            {
                return _ssh;
            }

            DisposeClients();
            long started = _timeProvider.GetTimestamp();
            var client = new SshClient(CreateConnectionInfo());
            await OpenAsync(client, cancellationToken).ConfigureAwait(false);
            _ssh = client;
            _sudo = await DetectSudoAsync(client, cancellationToken).ConfigureAwait(false);
            _logger.Connected(Node, (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds, _sudo.ToString());
            return client;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private async Task<SftpClient> ConnectedSftpAsync(CancellationToken cancellationToken)
    {
        await ConnectedClientAsync(cancellationToken).ConfigureAwait(false);
        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_sftp is { IsConnected: true })
            {
                return _sftp;
            }

            _sftp?.Dispose();
            var client = new SftpClient(CreateConnectionInfo());
            await OpenAsync(client, cancellationToken).ConfigureAwait(false);
            _sftp = client;
            return client;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private ConnectionInfo CreateConnectionInfo() =>
        new(_options.Host, _options.Port, _options.User, _options.Credentials.CreateMethod(_options.User))
        {
            Timeout = _options.ConnectTimeout,
        };

    private async Task OpenAsync(BaseClient client, CancellationToken cancellationToken)
    {
        _refusal = null;
        client.HostKeyReceived += OnHostKeyReceived;
        client.KeepAliveInterval = _options.KeepAlive > TimeSpan.Zero
            ? _options.KeepAlive
            : System.Threading.Timeout.InfiniteTimeSpan;
        using var limit = new CancellationTokenSource(_options.ConnectTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            await client.ConnectAsync(linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SshException or SocketException or OperationCanceledException
            or ProxyException)
        {
            client.Dispose();
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw Translate(ex);
        }
    }

    private void OnHostKeyReceived(object? sender, HostKeyEventArgs e)
    {
        string fingerprint = "SHA256:" + e.FingerPrintSHA256;
        var decision = _hostKeys.Decide(_options.Host, _options.Port, e.HostKeyName, e.HostKey, fingerprint);
        e.CanTrust = decision == HostKeyDecision.Trusted;
        if (!e.CanTrust)
        {
            _refusal = new HostKeyRefusal(e.HostKeyName, fingerprint, decision);
            _logger.HostKeyRefused(Node, e.HostKeyName, fingerprint, decision.ToString());
            return;
        }

        if (_hostKeys.LogsAcceptance && _acceptedFingerprint != fingerprint)
        {
            _acceptedFingerprint = fingerprint;
            _logger.HostKeyTrustedOnFirstUse(Node, e.HostKeyName, fingerprint);
        }
    }

    private K8sFootprintException Translate(Exception ex)
    {
        if (_refusal is { } refusal)
        {
            string what = refusal.Decision == HostKeyDecision.Changed
                ? "a host key that differs from the trusted one"
                : "an unknown host key";
            return new HostKeyException(
                $"Node '{Node}' presented {what} ({refusal.KeyType} {refusal.Fingerprint}); " +
                "the connection was refused " +
                $"by the host-key policy ({_hostKeys.Description}). " +
                "Expected a key the policy trusts: pin this fingerprint " +
                "or add the host to known_hosts if it is genuine.",
                ex)
            {
                Node = Node,
                Step = "connect",
                Fingerprint = refusal.Fingerprint,
                KeyType = refusal.KeyType,
                KeyChanged = refusal.Decision == HostKeyDecision.Changed,
            };
        }

        if (ex is SshAuthenticationException)
        {
            return new NodeAuthenticationException(
                $"Node '{Node}' refused user '{_options.User}' with the {_options.Credentials.Description}.", ex)
            {
                Node = Node,
                Step = "authenticate",
            };
        }

        string reason = ex is OperationCanceledException
            ? $"no answer within {_options.ConnectTimeout.TotalSeconds:0.###} s"
            : ex.Message.TrimEnd('.');
        return new NodeConnectionException(
            $"Node '{Node}' could not be reached over SSH at {_options.Host}:{_options.Port}: {reason}.", ex)
        {
            Node = Node,
            Step = "connect",
            IsTransient = true,
        };
    }

    private async Task<SudoMode> DetectSudoAsync(SshClient client, CancellationToken cancellationToken)
    {
        bool wanted = _options.UseSudo ?? _options.User != "root";
        if (!wanted)
        {
            return SudoMode.None;
        }

        // Probe the exact form every command takes (sudo … sh -c …): a rule may allow some commands without a
        // password and not others, and a password must never be left on standard input for the command.
        if (await ProbeAsync(client, "sudo -n -- sh -c true 2>/dev/null", null, cancellationToken)
            .ConfigureAwait(false))
        {
            return SudoMode.NoPassword;
        }

        if (SudoPassword is null)
        {
            throw SudoRefused("needs a password for sudo and none is configured. Expected root, passwordless sudo, " +
                "or a sudo password (SshNodeOptions.SudoPassword; --sudo-password-env in the console)");
        }

        string check = "sudo -k -S -p '' -- sh -c true 2>/dev/null";
        if (!await ProbeAsync(client, check, SudoPassword + "\n", cancellationToken).ConfigureAwait(false))
        {
            throw SudoRefused("could not run commands through sudo with the configured password (wrong password, " +
                "or no sudo rights)");
        }

        return SudoMode.Password;
    }

    private static async Task<bool> ProbeAsync(
        SshClient client, string command, string? input, CancellationToken cancellationToken)
    {
        using var probe = client.CreateCommand(command);
        var execution = probe.ExecuteAsync(cancellationToken);
        await WriteInputAsync(probe, input, cancellationToken).ConfigureAwait(false);
        await execution.ConfigureAwait(false);
        return probe.ExitStatus == 0;
    }

    private NodeAuthenticationException SudoRefused(string what) =>
        new($"User '{_options.User}' on node '{Node}' {what}.")
        {
            Node = Node,
            Step = "sudo",
        };

    private async Task DropConnectionAsync()
    {
        await _connectGate.WaitAsync().ConfigureAwait(false);
        DisposeClients();
        _connectGate.Release();
    }

    private void DisposeClients()
    {
        _sftp?.Dispose();
        _sftp = null;
        _ssh?.Dispose();
        _ssh = null;
    }

    private sealed record HostKeyRefusal(string KeyType, string Fingerprint, HostKeyDecision Decision);
}
