using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.Measurement;

namespace K8sFootprint.DependencyInjection;

/// <summary>What <c>AddK8sFootprint</c> registers: the measurement's defaults, repeated runs and the source the
/// container's <see cref="IdleMeasurement"/> reads. Validated when the container starts (or on first use).</summary>
public sealed class K8sFootprintOptions
{
    /// <summary>Gets or sets settle, window, interval and selection of each run: the container's
    /// <see cref="IdleMeasurement"/> uses them when a call passes no options.</summary>
    public IdleMeasurementOptions Measurement { get; set; } = new();

    /// <summary>Gets or sets how many runs, the pause between them and adaptive mode, used by the container's
    /// <see cref="IdleMeasurement.MeasureRunsAsync"/> when a call passes none.</summary>
    public RepeatedRunOptions Runs { get; set; } = new();

    /// <summary>Gets or sets where numbers come from: the /proc recorder by default, or a Prometheus or node-exporter
    /// address.</summary>
    public PlanSource Source { get; set; } = PlanSource.ProcRecorder;

    /// <summary>Gets or sets the timeout of one HTTP request to Prometheus or the node exporter, retries
    /// included.</summary>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
