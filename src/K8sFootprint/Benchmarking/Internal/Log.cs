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
}
