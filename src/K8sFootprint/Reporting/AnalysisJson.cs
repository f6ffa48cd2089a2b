using System.Text.Json;
using K8sFootprint.Statistics;

namespace K8sFootprint.Reporting;

/// <summary>The analysis of runs as JSON (camelCase; infinite degrees of freedom written as "Infinity"), for tools
/// that read reports.</summary>
public static class AnalysisJson
{
    /// <summary>Serializes an analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(RunsAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return JsonSerializer.Serialize(analysis, AnalysisJsonContext.Default.RunsAnalysis);
    }
}
