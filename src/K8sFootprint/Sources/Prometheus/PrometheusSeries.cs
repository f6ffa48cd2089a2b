using K8sFootprint.Statistics;

namespace K8sFootprint.Sources.Prometheus;

/// <summary>One series of a query result: its labels and its samples (times in Unix seconds).</summary>
/// <param name="Labels">The series' labels, <c>__name__</c> included when the server returns it.</param>
/// <param name="Samples">The raw samples; an instant vector has one.</param>
public sealed record PrometheusSeries(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<Sample> Samples);
