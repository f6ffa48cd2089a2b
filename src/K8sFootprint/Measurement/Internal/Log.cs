using Microsoft.Extensions.Logging;

namespace K8sFootprint.Measurement.Internal;

/// <summary>Log messages of the measurement engine (event ids 3000–3099).</summary>
internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Information, "Settling {Node} for {SettleSeconds} s before the window",
        EventName = "Settling")]
    public static partial void Settling(this ILogger logger, string node, double settleSeconds);

    [LoggerMessage(3001, LogLevel.Information,
        "Window started on {Node} with {Source}: {WindowSeconds} s, sampled every {IntervalSeconds} s",
        EventName = "WindowStarted")]
    public static partial void WindowStarted(
        this ILogger logger, string node, string source, double windowSeconds, double intervalSeconds);

    [LoggerMessage(3002, LogLevel.Information,
        "Window collected from {Node}: {SampleCount} samples, {WarningCount} warnings, in {DurationMs} ms after t1",
        EventName = "WindowCollected")]
    public static partial void WindowCollected(
        this ILogger logger, string node, int sampleCount, int warningCount, long durationMs);

    [LoggerMessage(3003, LogLevel.Warning, "Measurement of {Node} cancelled in phase {Phase}",
        EventName = "MeasurementCancelled")]
    public static partial void MeasurementCancelled(this ILogger logger, string node, string phase);

    [LoggerMessage(3004, LogLevel.Information, "Run {Run} of {Node} finished ({Done} done)", EventName = "RunFinished")]
    public static partial void RunFinished(this ILogger logger, string node, int run, int done);

    [LoggerMessage(3005, LogLevel.Information,
        "Every headline metric of {Node} is within {TargetPercent} % after {Runs} runs",
        EventName = "PrecisionReached")]
    public static partial void PrecisionReached(this ILogger logger, string node, int runs, double targetPercent);

    [LoggerMessage(3006, LogLevel.Warning,
        "Stopped {Node} at the cap of {Runs} runs; still wider than the target: {Metrics}",
        EventName = "RunCapReached")]
    public static partial void RunCapReached(this ILogger logger, string node, int runs, string metrics);
}
