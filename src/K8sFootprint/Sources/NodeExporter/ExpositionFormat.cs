namespace K8sFootprint.Sources.NodeExporter;

/// <summary>The exposition format of a scrape.</summary>
public enum ExpositionFormat
{
    /// <summary>Prometheus text format 0.0.4 (<c>text/plain; version=0.0.4</c>); timestamps in milliseconds.</summary>
    Text,

    /// <summary>OpenMetrics 1.0 (<c>application/openmetrics-text</c>): <c># EOF</c>, units, exemplars, timestamps in
    /// seconds.</summary>
    OpenMetrics,
}
