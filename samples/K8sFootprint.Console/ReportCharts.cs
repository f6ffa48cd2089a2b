using K8sFootprint.Benchmarking;
using K8sFootprint.Charts;
using K8sFootprint.Statistics;

namespace K8sFootprint.ConsoleApp;

/// <summary>The charts of a report in its <c>charts</c> folder: a bar chart per metric, linked from the report by
/// metric id, and a CPU and memory time series per run.</summary>
internal static class ReportCharts
{
    public static async Task<IReadOnlyDictionary<string, string>> WriteAsync(
        RunsAnalysis analysis, IReadOnlyList<RunRecord> records, string folder, CancellationToken cancellationToken)
    {
        string charts = Path.Combine(folder, "charts");
        var written = await ChartSet.WriteAsync(analysis, records, charts, cancellationToken: cancellationToken);
        return analysis.Metrics
            .Where(m => written.Contains(Path.Combine(charts, $"{m.Id}.png")))
            .ToDictionary(m => m.Id, m => $"charts/{m.Id}.png", StringComparer.Ordinal);
    }
}
