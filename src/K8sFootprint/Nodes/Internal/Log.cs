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

    [LoggerMessage(1010, LogLevel.Information, "Connected to {Node} over SSH in {DurationMs} ms (sudo: {Sudo})",
        EventName = "SshConnected")]
    public static partial void Connected(this ILogger logger, string node, long durationMs, string sudo);

    [LoggerMessage(1011, LogLevel.Debug, "Disconnected from {Node}", EventName = "SshDisconnected")]
    public static partial void Disconnected(this ILogger logger, string node);

    [LoggerMessage(1012, LogLevel.Warning,
        "Trusted {Node} on first use: {KeyType} host key {Fingerprint}", EventName = "HostKeyTrustedOnFirstUse")]
    public static partial void HostKeyTrustedOnFirstUse(
        this ILogger logger,
        string node,
        string keyType,
        string fingerprint);

    [LoggerMessage(1013, LogLevel.Error,
        "Refused {Node}: {KeyType} host key {Fingerprint} is {Decision}", EventName = "HostKeyRefused")]
    public static partial void HostKeyRefused(
        this ILogger logger, string node, string keyType, string fingerprint, string decision);

    [LoggerMessage(1014, LogLevel.Information, "Reconnecting to {Node}, attempt {Attempt}: {Reason}",
        EventName = "Reconnecting")]
    public static partial void Reconnecting(this ILogger logger, string node, int attempt, string reason);

    [LoggerMessage(1015, LogLevel.Warning, "Could not stop a timed-out command on {Node}: {Reason}",
        EventName = "StopFailed")]
    public static partial void StopFailed(this ILogger logger, string node, string reason);
}
