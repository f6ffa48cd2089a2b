namespace K8sFootprint.Sources.NodeExporter;

/// <summary>The type a metric family declares with <c># TYPE</c>.</summary>
public enum MetricType
{
    /// <summary>No type was declared (<c>untyped</c> in text format 0.0.4, <c>unknown</c> in OpenMetrics).</summary>
    Unknown,

    /// <summary>A monotonic counter.</summary>
    Counter,

    /// <summary>A value that goes up and down.</summary>
    Gauge,

    /// <summary>Buckets, a count and a sum.</summary>
    Histogram,

    /// <summary>A histogram of a gauge (OpenMetrics).</summary>
    GaugeHistogram,

    /// <summary>Quantiles, a count and a sum.</summary>
    Summary,

    /// <summary>A set of boolean states (OpenMetrics).</summary>
    StateSet,

    /// <summary>Constant labels describing a target (OpenMetrics).</summary>
    Info,
}
