using K8sFootprint.Benchmarking;
using K8sFootprint.Reporting;
using K8sFootprint.Statistics;

namespace K8sFootprint.ConsoleApp;

/// <summary>Writes report.md, runs.csv, analysis.json and the charts of a set of runs into a folder.</summary>
internal static class ReportWriter
{
    public static async Task<string> WriteAsync(
        IReadOnlyList<MetricObservation> observations,
        IReadOnlyList<RunRecord> records,
        IReadOnlyList<FailureRecord> failures,
        string folder,
        AnalysisOptions analysisOptions,
        string title,
        CancellationToken cancellationToken)
    {
        var analysis = RunsAnalyzer.Analyze(observations, analysisOptions);
        Directory.CreateDirectory(folder);
        var charts = await ReportCharts.WriteAsync(analysis, records, folder, cancellationToken);
        string report = Path.Combine(folder, "report.md");
        var options = new MarkdownReportOptions { Title = title, Failures = failures, Charts = charts };
        await File.WriteAllTextAsync(report, MarkdownReport.Write(analysis, records, options), cancellationToken);
        await using (var csv = new StreamWriter(Path.Combine(folder, "runs.csv")))
        {
            RunsCsv.Write(observations, csv);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "analysis.json"), AnalysisJson.Serialize(analysis),
            cancellationToken);
        return report;
    }
}
