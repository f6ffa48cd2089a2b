namespace K8sFootprint.Nodes;

/// <summary>
/// A way to reach one node: run a POSIX shell command, read a file, write a file. The local machine and
/// SSH hosts implement the same contract, so everything above it works on either.
/// </summary>
public interface INodeShell : IAsyncDisposable
{
    /// <summary>Gets the node's display name, used in errors and logs.</summary>
    string Node { get; }

    /// <summary>Runs a command through <c>/bin/sh -c</c> on the node and waits for it to exit.</summary>
    /// <param name="command">The shell command; quote every configured value with
    /// <see cref="ShellQuoting.Quote(string)"/>.</param>
    /// <param name="options">Input, time limit and step name; <see cref="CommandOptions.Default"/> when
    /// <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the command on the node when cancelled.</param>
    /// <returns>The exit code, output and duration; a non-zero exit code is not an exception here.</returns>
    /// <exception cref="NodeTimeoutException">The command ran longer than its time limit.</exception>
    Task<CommandResult> RunAsync(
        string command, CommandOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a whole file from the node.</summary>
    /// <param name="path">Absolute path on the node.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist on the node.</exception>
    Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Writes a whole file on the node, replacing what was there.</summary>
    /// <param name="path">Absolute path on the node.</param>
    /// <param name="content">The bytes to write.</param>
    /// <param name="mode">Unix permissions for the file.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    Task WriteFileAsync(
        string path, ReadOnlyMemory<byte> content, UnixFileMode mode, CancellationToken cancellationToken = default);

    /// <summary>Closes any connection to the node, keep-alives included; the next call connects again. A
    /// measurement calls this for the whole window so that nothing crosses the wire.</summary>
    /// <param name="cancellationToken">Cancels the disconnect.</param>
    /// <returns>A task that completes when the connection is closed.</returns>
    Task DisconnectAsync(CancellationToken cancellationToken = default);

    /// <summary>Connects again after the node went away (a reboot, a restarted SSH server): waits until it
    /// answers and its identity still checks out, bounded by a time limit.</summary>
    /// <param name="timeout">How long to keep trying.</param>
    /// <param name="cancellationToken">Stops trying.</param>
    /// <returns>A task that completes once connected.</returns>
    /// <exception cref="NodeTimeoutException">The node did not answer within the time limit.</exception>
    /// <exception cref="HostKeyException">The node answered with a host key the policy does not trust.</exception>
    Task ReconnectAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}
