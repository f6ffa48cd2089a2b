using Microsoft.Extensions.Logging;

namespace K8sFootprint.Distros.Internal;

/// <summary>Log messages of the installers (event ids 2000–2099).</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "{Distro} on {Node}: step '{Step}'", EventName = "StepStarted")]
    public static partial void StepStarted(this ILogger logger, DistroKind distro, string node, string step);

    [LoggerMessage(2001, LogLevel.Information, "{Distro} on {Node}: step '{Step}' skipped, already done",
        EventName = "StepSkipped")]
    public static partial void StepSkipped(this ILogger logger, DistroKind distro, string node, string step);

    [LoggerMessage(2002, LogLevel.Information, "{Distro} {Version} is already installed and running on {Node}",
        EventName = "AlreadyInstalled")]
    public static partial void AlreadyInstalled(this ILogger logger, DistroKind distro, string version, string node);

    [LoggerMessage(2003, LogLevel.Error, "{Distro} on {Node}: step '{Step}' failed; collected {LogLines} log lines",
        EventName = "StepFailed")]
    public static partial void StepFailed(
        this ILogger logger, Exception exception, DistroKind distro, string node, string step, int logLines);

    [LoggerMessage(2004, LogLevel.Information, "{Node} is ready ({Distro}) after {Seconds} s", EventName = "Ready")]
    public static partial void Ready(this ILogger logger, string node, DistroKind distro, double seconds);

    [LoggerMessage(2005, LogLevel.Warning, "{Distro} reset on {Node} left {Count} items behind: {Leftovers}",
        EventName = "LeftoversAfterReset")]
    public static partial void LeftoversAfterReset(
        this ILogger logger, DistroKind distro, string node, int count, string leftovers);
}
