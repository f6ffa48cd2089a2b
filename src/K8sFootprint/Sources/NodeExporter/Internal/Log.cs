using Microsoft.Extensions.Logging;

namespace K8sFootprint.Sources.NodeExporter.Internal;

/// <summary>Log messages of the node-exporter sources (event ids 4100–4199).</summary>
internal static partial class Log
{
    [LoggerMessage(4100, LogLevel.Warning, "Scrape of {Url} failed: {Reason}", EventName = "ScrapeFailed")]
    public static partial void ScrapeFailed(this ILogger logger, string url, string reason);
}
