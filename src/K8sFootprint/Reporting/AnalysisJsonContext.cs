using System.Text.Json.Serialization;
using K8sFootprint.Statistics;

namespace K8sFootprint.Reporting;

/// <summary>Source-generated JSON metadata for the analysis of runs.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(RunsAnalysis))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
