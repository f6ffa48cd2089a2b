namespace K8sFootprint.Statistics;

/// <summary>One metric's value in one run of one target: a row of the long format.</summary>
/// <param name="Target">What was measured, for example a distribution's name.</param>
/// <param name="Run">The run's number, from 1.</param>
/// <param name="Metric">The metric's identifier, for example <c>memory</c> (see <see cref="MetricCatalog"/>).</param>
/// <param name="Value">The value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit, for example <c>bytes</c> or <c>cores</c>.</param>
public sealed record MetricObservation(string Target, int Run, string Metric, double Value, string Unit);
