using K8sFootprint.Statistics;

namespace K8sFootprint.Sources;

/// <summary>The raw samples of one series, named as node exporter names it.</summary>
/// <param name="Name">The metric name, one of <see cref="SeriesNames"/>.</param>
/// <param name="Labels">Labels that tell series of one metric apart, such as <c>mode</c> or <c>device</c>.</param>
/// <param name="Samples">The samples in time order.</param>
public sealed record MetricSeries(
    string Name,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<Sample> Samples)
{
    /// <summary>Gets a label's value, or an empty string when the series does not have it.</summary>
    /// <param name="label">The label name.</param>
    /// <returns>The value or an empty string.</returns>
    public string Label(string label) => Labels.TryGetValue(label, out string? value) ? value : string.Empty;
}
