using System.Text.Json.Serialization;
using K8sFootprint.Measurement;

namespace K8sFootprint.Serialization;

/// <summary>Source-generated System.Text.Json metadata for results.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Footprint))]
internal sealed partial class FootprintJsonContext : JsonSerializerContext;
