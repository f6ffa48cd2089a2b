using System.Text;
using K8sFootprint.Distros.Internal;
using K8sFootprint.Nodes;

namespace K8sFootprint.Distros.Talos;

/// <summary>
/// A Talos node as a node shell: Talos has no shell, so commands are refused; files are read through the Talos
/// API with <c>talosctl read</c> from the controller (once installed, with the generated talosconfig).
/// </summary>
public sealed class TalosNode : INodeShell
{
    private readonly TalosOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="TalosNode"/> class.</summary>
    /// <param name="address">The node's IP address or DNS name, for its API on port 50000.</param>
    /// <param name="options">talosctl and the secrets folder.</param>
    /// <param name="timeProvider">The clock for time limits.</param>
    /// <exception cref="ArgumentException">The address is not a host name or IP address.</exception>
    public TalosNode(string address, TalosOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Uri.CheckHostName(address) is UriHostNameType.Unknown or UriHostNameType.Basic)
        {
            throw new ArgumentException($"Expected the Talos node's IP address or DNS name; got '{address}'.",
                nameof(address));
        }

        Node = address;
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Node { get; }

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">Always: Talos has no shell.</exception>
    public Task<CommandResult> RunAsync(
        string command, CommandOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(
            $"Talos node '{Node}' has no shell; use its API (talosctl) or kubectl from the controller.");

    /// <inheritdoc/>
    public async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var result = await ControllerProcess.RunAsync(_options.Talosctl,
            [.. TalosInstaller.Authenticated(_options, Node), "read", path], TimeSpan.FromMinutes(1), Node,
            $"read {path}", _timeProvider, cancellationToken).ConfigureAwait(false);
        result.EnsureSuccess(Node, $"read {path}");
        return Encoding.UTF8.GetBytes(result.StandardOutput);
    }

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">Always: Talos' file system is read-only to clients.</exception>
    public Task WriteFileAsync(
        string path, ReadOnlyMemory<byte> content, UnixFileMode mode, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"Talos node '{Node}' takes no files; configure it through its API.");

    /// <inheritdoc/>
    public Task DisconnectAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task ReconnectAsync(TimeSpan timeout, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
