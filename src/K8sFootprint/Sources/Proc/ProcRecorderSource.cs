using System.Globalization;
using K8sFootprint.Nodes;
using K8sFootprint.Sources.Proc.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sFootprint.Sources.Proc;

/// <summary>
/// The default source: a small POSIX-sh script written onto the node and started detached. It samples
/// <c>/proc/stat</c>, <c>/proc/meminfo</c>, <c>/proc/diskstats</c> and <c>/proc/net/dev</c> into a file
/// and exits by itself after t1; nothing talks to the node during the window.
/// </summary>
public sealed class ProcRecorderSource : IFootprintSource
{
    private readonly ProcRecorderOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="ProcRecorderSource"/> class.</summary>
    /// <param name="options">Where to keep files on the node; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The controller's clock; the system clock when <see langword="null"/>.</param>
    /// <param name="logger">Where to log.</param>
    /// <exception cref="ArgumentException">A path in the options is not absolute or has a line break.</exception>
    public ProcRecorderSource(
        ProcRecorderOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<ProcRecorderSource>? logger = null)
    {
        _options = options ?? new ProcRecorderOptions();
        _ = ShellQuoting.QuotePath(_options.WorkingDirectory);
        _ = ShellQuoting.QuotePath(_options.ProcRoot);
        _ = ShellQuoting.QuotePath(_options.SysRoot);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<ProcRecorderSource>.Instance;
    }

    /// <inheritdoc/>
    public string Name => ProcRecordingConverter.SourceName;

    /// <inheritdoc/>
    /// <exception cref="NodeCommandException">A file the recorder needs is missing or the directory is not
    /// writable; the message names it.</exception>
    public async Task<IFootprintRecording> StartAsync(
        INodeShell node, RecordingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();

        string name = "k8sfootprint-" + Guid.NewGuid().ToString("N");
        var files = new RecorderFiles(
            $"{_options.WorkingDirectory.TrimEnd('/')}/{name}.sh",
            $"{_options.WorkingDirectory.TrimEnd('/')}/{name}.rec");
        await WriteScriptAsync(node, files, cancellationToken).ConfigureAwait(false);

        var launchedAt = _timeProvider.GetUtcNow();
        CommandResult result;
        try
        {
            result = await node.RunAsync(
                LaunchCommand(files, request),
                new CommandOptions { Step = "start recorder", Timeout = TimeSpan.FromSeconds(30) },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or K8sFootprintException)
        {
            // The recorder may already run detached; without its script it stops at its next wake-up.
            await RemoveAsync(node, files).ConfigureAwait(false);
            throw;
        }
        if (!result.Succeeded)
        {
            await RemoveAsync(node, files).ConfigureAwait(false);
            result.EnsureSuccess(node.Node, "start recorder");
        }

        string pid = result.StandardOutput.Trim();
        _logger.RecorderStarted(node.Node, files.Recording, pid, (long)request.Window.TotalSeconds);
        var context = new RecorderContext(node, files, pid, request,
            launchedAt + (result.Duration / 2) + _options.StartDelay);
        return new ProcRecorderRun(context, _options, _timeProvider, _logger);
    }

    /// <summary>Removes the recorder's files, ignoring failures: cleanup must not hide the real error.</summary>
    internal static async Task RemoveAsync(INodeShell node, RecorderFiles files)
    {
        try
        {
            string command = $"rm -f {ShellQuoting.QuotePath(files.Script)} {ShellQuoting.QuotePath(files.Recording)}";
            await node.RunAsync(
                command,
                new CommandOptions { Step = "remove recorder files", Timeout = TimeSpan.FromSeconds(30) })
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is K8sFootprintException or IOException or InvalidOperationException)
        {
            // Best effort: the files live in a temporary directory.
        }
    }

    private static async Task WriteScriptAsync(
        INodeShell node,
        RecorderFiles files,
        CancellationToken cancellationToken)
    {
        try
        {
            await node.WriteFileAsync(files.Script, ProcRecorderScript.Bytes,
                UnixFileMode.UserRead | UnixFileMode.UserWrite, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or K8sFootprintException
            or OperationCanceledException)
        {
            await RemoveAsync(node, files).ConfigureAwait(false);
            if (ex is K8sFootprintException or OperationCanceledException)
            {
                throw;
            }

            throw new NodeCommandException(
                $"The recorder script could not be written to '{files.Script}' on node '{node.Node}': {ex.Message} " +
                "Expected a writable working directory (ProcRecorderOptions.WorkingDirectory).",
                ex)
            {
                Node = node.Node,
                Step = "write recorder",
            };
        }
    }

    private string LaunchCommand(RecorderFiles files, RecordingRequest request)
    {
        string script = ShellQuoting.QuotePath(files.Script);
        string proc = ShellQuoting.QuotePath(_options.ProcRoot);
        string sys = ShellQuoting.QuotePath(_options.SysRoot);
        string interval = Centiseconds(request.Interval);
        string duration = Centiseconds(request.Window);
        string delay = Centiseconds(_options.StartDelay);
        return $"sh {script} check {proc} {sys} && command -v setsid >/dev/null " +
               $"&& {{ setsid sh {script} run {ShellQuoting.QuotePath(files.Recording)} " +
               $"{interval} {duration} {proc} {sys} {delay} " +
               "</dev/null >/dev/null 2>&1 & echo $!; }";
    }

    private static string Centiseconds(TimeSpan time) =>
        ((long)Math.Round(time.TotalMilliseconds / 10)).ToString(CultureInfo.InvariantCulture);
}
