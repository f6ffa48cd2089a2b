namespace K8sFootprint.Sources.NodeExporter;

/// <summary>A metric family: its metadata and its samples.</summary>
/// <param name="Name">The family name (for an OpenMetrics counter, without <c>_total</c>).</param>
/// <param name="Type">The declared type.</param>
/// <param name="Help">The help text, unescaped.</param>
/// <param name="Unit">The OpenMetrics unit, when declared.</param>
/// <param name="Samples">The samples, in the order written.</param>
public sealed record MetricFamily(
    string Name, MetricType Type, string? Help, string? Unit, IReadOnlyList<MetricSample> Samples);
