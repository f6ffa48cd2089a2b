using Microsoft.Extensions.Logging;

namespace K8sFootprint.Benchmarking.Internal;

/// <summary>Log messages of the result store and the runner (event ids 5000–5099).</summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Debug, "Stored run {Run} of {Target} in {Path} ({Bytes} bytes)",
        EventName = "RunStored")]
    public static partial void RunStored(this ILogger logger, string target, int run, string path, int bytes);

    [LoggerMessage(5001, LogLevel.Warning,
        "Removed a torn last line of {Bytes} bytes from {Path}: an append was cut short, its run was never stored",
        EventName = "TornLineRemoved")]
    public static partial void TornLineRemoved(this ILogger logger, string path, long bytes);

    [LoggerMessage(5002, LogLevel.Warning, "Skipped a line of the result store: {Problem}",
        EventName = "LineSkipped")]
    public static partial void LineSkipped(this ILogger logger, string problem);

    [LoggerMessage(5010, LogLevel.Information,
        "Plan {Plan}: {Targets} target(s) on {Hosts} host(s)", EventName = "PlanStarted")]
    public static partial void PlanStarted(this ILogger logger, string plan, int targets, int hosts);

    [LoggerMessage(5011, LogLevel.Information,
        "Plan {Plan} finished: {Completed} of {Targets} target(s) complete in {Elapsed}", EventName = "PlanFinished")]
    public static partial void PlanFinished(this ILogger logger, string plan, int completed, int targets,
        TimeSpan elapsed);

    [LoggerMessage(5012, LogLevel.Information, "Target {Target}: {Phase}", EventName = "TargetPhase")]
    public static partial void TargetPhase(this ILogger logger, string target, BenchmarkPhase phase);

    [LoggerMessage(5013, LogLevel.Error, "Target {Target} failed at {Step}: {Message}", EventName = "TargetFailed")]
    public static partial void TargetFailed(this ILogger logger, string target, string step, string message);

    [LoggerMessage(5014, LogLevel.Warning, "Target {Target}: the reset after a failure failed too: {Message}",
        EventName = "ResetAfterFailureFailed")]
    public static partial void ResetAfterFailureFailed(this ILogger logger, string target, string message);

    [LoggerMessage(5015, LogLevel.Warning, "Target {Target}: preflight checks failed ({Checks}); installing anyway",
        EventName = "PreflightIgnored")]
    public static partial void PreflightIgnored(this ILogger logger, string target, string checks);
}
