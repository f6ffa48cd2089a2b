using K8sFootprint.Benchmarking;
using K8sFootprint.Statistics;

namespace K8sFootprint.ConsoleApp;

/// <summary>The charts of a report: one per metric, linked from the report by metric id.</summary>
internal static class ReportCharts
{
    public static Task<IReadOnlyDictionary<string, string>> WriteAsync(
        RunsAnalysis analysis, IReadOnlyList<RunRecord> records, string folder, CancellationToken cancellationToken)
    {
        _ = analysis;
        _ = records;
        _ = folder;
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
    }
}
