using System.Text.Json.Serialization;

namespace K8sFootprint.Benchmarking.Internal;

/// <summary>Source-generated JSON metadata for result-store lines: compact, one record per line.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = false,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RunRecord))]
[JsonSerializable(typeof(FailureRecord))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
