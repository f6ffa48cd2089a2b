using Microsoft.Extensions.Logging;

namespace K8sFootprint.Nodes.Internal;

/// <summary>Log messages about reaching nodes (event ids 1000–1999).</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Trace, "Running {Step} on {Node}: {Command}", EventName = "CommandStarted")]
    public static partial void CommandStarted(this ILogger logger, string node, string step, string command);

    [LoggerMessage(
        1001,
        LogLevel.Debug,
        "Finished {Step} on {Node} with exit code {ExitCode} in {DurationMs} ms",
        EventName = "CommandFinished")]
    public static partial void CommandFinished(
        this ILogger logger, string node, string step, int exitCode, long durationMs);
}
