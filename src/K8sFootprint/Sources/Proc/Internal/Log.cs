using Microsoft.Extensions.Logging;

namespace K8sFootprint.Sources.Proc.Internal;

/// <summary>Log messages of the /proc recorder (event ids 3100–3199).</summary>
internal static partial class Log
{
    [LoggerMessage(3100, LogLevel.Debug,
        "Recorder started on {Node} writing {Path} as process {ProcessId} for {WindowSeconds} s",
        EventName = "RecorderStarted")]
    public static partial void RecorderStarted(
        this ILogger logger,
        string node,
        string path,
        string processId,
        long windowSeconds);

    [LoggerMessage(3101, LogLevel.Debug, "Recording collected from {Node}: {SampleCount} samples, {Bytes} bytes",
        EventName = "RecordingCollected")]
    public static partial void RecordingCollected(this ILogger logger, string node, int sampleCount, long bytes);

    [LoggerMessage(3102, LogLevel.Warning, "Recording on {Node} could not be read; kept at {Path}",
        EventName = "RecordingKept")]
    public static partial void RecordingKept(this ILogger logger, string node, string path);

    [LoggerMessage(3103, LogLevel.Debug, "Recorder on {Node} abandoned before collection; stopped process {ProcessId}",
        EventName = "RecorderAbandoned")]
    public static partial void RecorderAbandoned(this ILogger logger, string node, string processId);
}
