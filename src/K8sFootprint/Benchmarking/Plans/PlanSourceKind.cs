namespace K8sFootprint.Benchmarking.Plans;

/// <summary>Where a target's numbers come from.</summary>
public enum PlanSourceKind
{
    /// <summary>The /proc recorder started on the node before each window (no traffic during it).</summary>
    ProcRecorder,

    /// <summary>/proc read by the controller at each interval (a command per sample).</summary>
    ProcRead,

    /// <summary>Samples of node-exporter series fetched from a Prometheus-compatible API.</summary>
    Prometheus,

    /// <summary>The node exporter's /metrics scraped by the controller at each interval.</summary>
    NodeExporter,
}
