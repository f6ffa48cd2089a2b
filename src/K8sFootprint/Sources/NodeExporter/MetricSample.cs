namespace K8sFootprint.Sources.NodeExporter;

/// <summary>One sample line of an exposition.</summary>
/// <param name="Name">The sample's name, such as <c>node_cpu_seconds_total</c> or <c>http_duration_bucket</c>.</param>
/// <param name="Labels">The labels, in the order written.</param>
/// <param name="Value">The value; <c>NaN</c>, <c>+Inf</c> and <c>-Inf</c> included.</param>
/// <param name="Timestamp">The sample's own timestamp, when the exposition gives one.</param>
/// <param name="Exemplar">The OpenMetrics exemplar, when there is one.</param>
public sealed record MetricSample(
    string Name,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    double Value,
    DateTimeOffset? Timestamp,
    Exemplar? Exemplar = null)
{
    /// <summary>Gets a label's value, or <see langword="null"/> when the sample does not have it.</summary>
    /// <param name="name">The label name.</param>
    /// <returns>The value.</returns>
    public string? Label(string name) => Labels.FirstOrDefault(l => l.Key == name).Value;
}
