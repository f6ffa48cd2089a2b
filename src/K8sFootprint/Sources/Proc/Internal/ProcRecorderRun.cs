using System.Text;
using K8sFootprint.Nodes;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Sources.Proc.Internal;

/// <summary>One recorder run on a node: waits out the window without contacting the node, then collects.</summary>
internal sealed class ProcRecorderRun(
    RecorderContext context,
    ProcRecorderOptions options,
    TimeProvider timeProvider,
    ILogger logger) : IFootprintRecording
{
    private bool _finished;

    public DateTimeOffset StartedAt => context.WindowStart;

    public async Task<RecordedWindow> CollectAsync(CancellationToken cancellationToken = default)
    {
        // t0 is the recorder's first sample, a little after the launch; the first poll waits past t1 for it.
        var windowEnd = context.WindowStart + context.Request.Window + options.FirstPollDelay;
        var untilWindowEnd = windowEnd - timeProvider.GetUtcNow();
        if (untilWindowEnd > TimeSpan.Zero)
        {
            await Task.Delay(untilWindowEnd, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        await WaitUntilFinishedAsync(windowEnd + options.FinishTimeout, cancellationToken).ConfigureAwait(false);

        byte[] bytes = await context.Node.ReadFileAsync(context.Files.Recording, cancellationToken)
            .ConfigureAwait(false);
        var recorded = Parse(Encoding.UTF8.GetString(bytes));
        _finished = true;
        await ProcRecorderSource.RemoveAsync(context.Node, context.Files).ConfigureAwait(false);
        logger.RecordingCollected(context.Node.Node, recorded.SampleCount, bytes.Length);
        return recorded;
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        try
        {
            await context.Node.RunAsync(
                $"kill {ShellQuoting.Quote(context.ProcessId)} 2>/dev/null; true",
                new CommandOptions { Step = "stop recorder", Timeout = TimeSpan.FromSeconds(30) })
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is K8sFootprintException or IOException or InvalidOperationException)
        {
            // Best effort: the recorder exits by itself at t1 anyway.
        }

        await ProcRecorderSource.RemoveAsync(context.Node, context.Files).ConfigureAwait(false);
        logger.RecorderAbandoned(context.Node.Node, context.ProcessId);
    }

    private async Task WaitUntilFinishedAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        string recording = ShellQuoting.QuotePath(context.Files.Recording);
        string command = $"if grep -q '^%end ' {recording} 2>/dev/null; then echo finished; " +
                         $"elif kill -0 {ShellQuoting.Quote(context.ProcessId)} 2>/dev/null; then echo running; " +
                         "else echo stopped; fi";
        while (true)
        {
            var result = await context.Node.RunAsync(
                command,
                new CommandOptions { Step = "wait for recorder", Timeout = TimeSpan.FromSeconds(30) },
                cancellationToken)
                .ConfigureAwait(false);
            if (result.StandardOutput.Trim() != "running")
            {
                return;
            }

            if (timeProvider.GetUtcNow() > deadline)
            {
                throw new NodeTimeoutException(
                    $"The recorder on node '{context.Node.Node}' " +
                    $"was still running {options.FinishTimeout.TotalSeconds:0} s " +
                    $"after the window should have ended; its file is kept at '{context.Files.Recording}'.")
                {
                    Node = context.Node.Node,
                    Step = "wait for recorder",
                    Timeout = options.FinishTimeout,
                };
            }

            await Task.Delay(options.PollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private RecordedWindow Parse(string text)
    {
        string location = $"{context.Node.Node}:{context.Files.Recording}";
        try
        {
            var recording = RecordingParser.Parse(text, location);
            var recorded = ProcRecordingConverter.ToRecordedWindow(recording, context.Files.Recording);
            return WithClockOffset(recorded, recording);
        }
        catch (RecordingFormatException ex)
        {
            _finished = true;
            logger.RecordingKept(context.Node.Node, context.Files.Recording);
            throw new RecordingFormatException(
                $"{ex.Message} The raw recording is kept on node '{context.Node.Node}' at '{context.Files.Recording}'.",
                ex)
            {
                Node = context.Node.Node,
                Step = "read recording",
                File = ex.File,
                LineNumber = ex.LineNumber,
                Expected = ex.Expected,
            };
        }
    }

    private RecordedWindow WithClockOffset(RecordedWindow recorded, ProcRecording recording)
    {
        if (recording.Realtime.Count == 0)
        {
            return recorded;
        }

        var nodeTime = DateTimeOffset.UnixEpoch.AddTicks(recording.Realtime[0].UnixNanoseconds / 100);
        var offset = nodeTime - (context.WindowStart - options.StartDelay);
        var warnings = recorded.Warnings.ToList();
        if (offset.Duration() > recorded.Interval)
        {
            warnings.Add(new MeasurementWarning(
                WarningCodes.ClockOffset,
                $"The node's clock differs from the controller's by {offset.TotalSeconds:0.###} s, more than one " +
                $"sample interval ({recorded.Interval.TotalSeconds:0.###} s); " +
                "wall-clock times in this result follow the node."));
        }

        return recorded with { ClockOffset = offset, Warnings = warnings };
    }
}
