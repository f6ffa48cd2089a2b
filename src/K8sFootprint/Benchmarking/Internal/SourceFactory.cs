using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.Sources;
using K8sFootprint.Sources.NodeExporter;
using K8sFootprint.Sources.Proc;
using K8sFootprint.Sources.Prometheus;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Benchmarking.Internal;

/// <summary>Makes the <see cref="IFootprintSource"/> a <see cref="PlanSource"/> describes.</summary>
internal static class SourceFactory
{
    public static IFootprintSource Create(
        PlanSource source,
        Func<Uri> defaultExporter,
        HttpClient http,
        TimeProvider timeProvider,
        ILoggerFactory loggers,
        int? prometheusRetries = null) => source.Kind switch
    {
        PlanSourceKind.ProcRead => new ProcReadSource(timeProvider),
        PlanSourceKind.Prometheus => new PrometheusSource(
            new PrometheusClient(http, Prometheus(source, prometheusRetries), timeProvider),
            new PrometheusSourceOptions { Selector = source.Selector! },
            timeProvider),
        PlanSourceKind.NodeExporter => new NodeExporterScrapeSource(http,
            new NodeExporterScrapeOptions { MetricsUrl = source.Url ?? defaultExporter() },
            timeProvider, loggers.CreateLogger<NodeExporterScrapeSource>()),
        _ => new ProcRecorderSource(timeProvider: timeProvider, logger: loggers.CreateLogger<ProcRecorderSource>()),
    };

    private static PrometheusClientOptions Prometheus(PlanSource source, int? retries)
    {
        var options = new PrometheusClientOptions { BaseAddress = source.Url!, BearerToken = source.BearerToken };
        return retries is { } count ? options with { MaxRetries = count } : options;
    }
}
