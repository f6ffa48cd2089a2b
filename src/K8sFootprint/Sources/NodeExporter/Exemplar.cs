namespace K8sFootprint.Sources.NodeExporter;

/// <summary>An OpenMetrics exemplar attached to a sample.</summary>
/// <param name="Labels">The exemplar's labels, such as a trace id.</param>
/// <param name="Value">The exemplar's value.</param>
/// <param name="Timestamp">The exemplar's timestamp, when given.</param>
public sealed record Exemplar(
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    double Value,
    DateTimeOffset? Timestamp);
