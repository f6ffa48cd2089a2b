namespace K8sFootprint.Benchmarking;

/// <summary>One metric's value in a stored run.</summary>
/// <param name="Metric">The metric's identifier (see <see cref="Statistics.MetricCatalog"/>).</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">The unit.</param>
public sealed record RunMetric(string Metric, double Value, string Unit);
