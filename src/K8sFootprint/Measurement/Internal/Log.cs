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
}
