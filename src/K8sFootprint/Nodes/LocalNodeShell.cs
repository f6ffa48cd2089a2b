using System.Diagnostics;
using System.Text;
using K8sFootprint.Nodes.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sFootprint.Nodes;

/// <summary>The machine this process runs on, reached through <c>/bin/sh</c> and the local file system.</summary>
public sealed class LocalNodeShell : INodeShell
{
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly bool _logCommandText;

    /// <summary>Initializes a new instance of the <see cref="LocalNodeShell"/> class.</summary>
    /// <param name="timeProvider">The clock for durations and time limits; the system clock when
    /// <see langword="null"/>.</param>
    /// <param name="logger">Where to log commands and durations.</param>
    /// <param name="logCommandText">Log each command's full text; off by default because command lines may
    /// carry values the caller considers private.</param>
    /// <param name="displayName">The name results carry; the machine name when <see langword="null"/>.</param>
    public LocalNodeShell(
        TimeProvider? timeProvider = null,
        ILogger<LocalNodeShell>? logger = null,
        bool logCommandText = false,
        string? displayName = null)
    {
        Node = displayName ?? Environment.MachineName;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<LocalNodeShell>.Instance;
        _logCommandText = logCommandText;
    }

    /// <inheritdoc/>
    public string Node { get; }

    /// <inheritdoc/>
    public async Task<CommandResult> RunAsync(
        string command, CommandOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        options ??= CommandOptions.Default;
        options.Validate();
        string step = options.Step ?? "command";

        using var process = StartShell(command, options.StandardInput is not null);
        long started = _timeProvider.GetTimestamp();
        _logger.CommandStarted(Node, step, _logCommandText ? command : "(redacted)");

        using var timeout = new CancellationTokenSource(options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync(linked.Token);
            var stderr = process.StandardError.ReadToEndAsync(linked.Token);
            await WriteInputAsync(process, options.StandardInput, linked.Token).ConfigureAwait(false);
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            string output = await stdout.ConfigureAwait(false);
            string error = await stderr.ConfigureAwait(false);

            var duration = _timeProvider.GetElapsedTime(started);
            _logger.CommandFinished(Node, step, process.ExitCode, (long)duration.TotalMilliseconds);
            return new CommandResult(process.ExitCode, output, error, duration);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Stop(process);
            throw new NodeTimeoutException(
                $"The step '{step}' on node '{Node}' did not finish within {options.Timeout.TotalSeconds:0.###} s " +
                "and was stopped.")
            {
                Node = Node,
                Step = step,
                Timeout = options.Timeout,
                IsTransient = true,
            };
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task WriteFileAsync(
        string path, ReadOnlyMemory<byte> content, UnixFileMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var streamOptions = new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = mode;
        }

        var stream = new FileStream(path, streamOptions);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    /// <inheritdoc/>
    /// <remarks>The local machine has no connection; this does nothing.</remarks>
    public Task DisconnectAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    /// <remarks>The local machine has no connection; this does nothing.</remarks>
    public Task ReconnectAsync(TimeSpan timeout, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static Process StartShell(string command, bool redirectInput)
    {
        var startInfo = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(command);
        return Process.Start(startInfo)
            ?? throw new InvalidOperationException("The local shell '/bin/sh' could not be started.");
    }

    private static async Task WriteInputAsync(Process process, string? input, CancellationToken cancellationToken)
    {
        if (input is null)
        {
            return;
        }

        try
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken).ConfigureAwait(false);
            await process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The command exited without reading all of its input; its exit code tells the rest.
        }
        finally
        {
            process.StandardInput.Close();
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
