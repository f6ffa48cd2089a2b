using System.Text.Json.Serialization;

namespace K8sFootprint.Statistics;

/// <summary>One observation of a series: a time in seconds on the sampling clock and a value.</summary>
/// <param name="Time">Seconds on the clock that stamped the sample (the node's clock for the /proc recorder).</param>
/// <param name="Value">The observed value; non-finite values count as missing.</param>
public readonly record struct Sample(
    [property: JsonPropertyName("t")] double Time,
    [property: JsonPropertyName("v")] double Value);
