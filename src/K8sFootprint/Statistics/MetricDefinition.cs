namespace K8sFootprint.Statistics;

/// <summary>What a metric is called in words and figures.</summary>
/// <param name="Id">The identifier used in result files, for example <c>disk-io</c>.</param>
/// <param name="Noun">The words used in sentences, for example <c>disk i/o</c>.</param>
/// <param name="Unit">The unit of its values, for example <c>bytes</c>.</param>
/// <param name="IsHeadline">Whether it is one of the five headline metrics.</param>
public sealed record MetricDefinition(string Id, string Noun, string Unit, bool IsHeadline);
