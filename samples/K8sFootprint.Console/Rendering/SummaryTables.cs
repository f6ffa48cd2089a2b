using System.Globalization;
using K8sFootprint.Statistics;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp.Rendering;

/// <summary>Prints an analysis of runs: a summary table per metric, the comparison with the baseline, ranking
/// stability and notes.</summary>
internal static class SummaryTables
{
    public static void Write(RunsAnalysis analysis)
    {
        AnsiConsole.Write(Summary(analysis));

        if (analysis.Baseline is not null && analysis.Comparisons.Count > 0)
        {
            AnsiConsole.Write(Comparison(analysis));
        }

        WriteRankings(analysis);
        foreach (string note in analysis.Notes)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]Note:[/] {note}");
        }
    }

    private static Table Summary(RunsAnalysis analysis)
    {
        var table = new Table()
            .Title("Across runs (mean with its 95 % Student-t interval)")
            .AddColumns("Metric", "Target", "N", "Mean", "95 % interval", "CV", "Min – max", "Outlying");
        foreach (var metric in analysis.Metrics)
        {
            foreach (var row in analysis.Summaries.Where(s => s.Metric.Id == metric.Id))
            {
                var s = row.Summary;
                string unit = metric.Unit;
                table.AddRow(
                    Markup.Escape(metric.Noun),
                    Markup.Escape(row.Target),
                    s.Count.ToString(CultureInfo.InvariantCulture),
                    Units.Of(s.Mean, unit),
                    s.ConfidenceLow is null
                        ? "undefined"
                        : $"{Units.Of(s.ConfidenceLow, unit)} – {Units.Of(s.ConfidenceHigh, unit)}",
                    s.CoefficientOfVariation is { } cv ? Units.Percent(cv * 100) : "undefined",
                    $"{Units.Of(s.Min, unit)} – {Units.Of(s.Max, unit)}",
                    Outlying(row));
            }
        }

        return table;
    }

    private static string Outlying(TargetMetricSummary row) => row.OutlierRuns.Count == 0
        ? "none"
        : string.Join(", ", row.OutlierRuns) + (row.OutliersExcluded ? " (left out)" : " (kept)");

    private static Table Comparison(RunsAnalysis analysis)
    {
        var table = new Table()
            .Title(Markup.Escape($"Against {analysis.Baseline} (95 % Fieller interval of the ratio of means)"))
            .AddColumns("Metric", "Target", "Ratio", "95 % interval", "Welch p", "In words");
        bool bootstrap = analysis.Comparisons.Any(c => c.Bootstrap is not null);
        if (bootstrap)
        {
            table.AddColumn("Bootstrap check");
        }

        foreach (var c in analysis.Comparisons)
        {
            string[] cells =
            [
                Markup.Escape(c.Metric.Noun),
                Markup.Escape(c.Target),
                Number(c.Ratio, "0.000"),
                Range(c.Interval),
                c.Welch is { } w ? w.PValue.ToString("G3", CultureInfo.InvariantCulture) : "undefined",
                Markup.Escape(c.Words),
            ];
            table.AddRow(bootstrap ? [.. cells, Range(c.Bootstrap)] : cells);
        }

        return table;
    }

    private static string Range(RatioInterval? interval) => interval switch
    {
        null => "undefined",
        { IsBounded: false } => "unbounded",
        _ => $"{Number(interval.Low, "0.000")} – {Number(interval.High, "0.000")}",
    };

    private static void WriteRankings(RunsAnalysis analysis)
    {
        foreach (var (metric, ranking) in analysis.Rankings.Where(r => r.Value.KendallW is not null))
        {
            AnsiConsole.WriteLine(
                $"Ranking on {metric}: Kendall's W {Number(ranking.KendallW, "0.00")} " +
                $"(Friedman p = {Number(ranking.PValue, "G3")}, {ranking.Runs} runs); " +
                $"{string.Join("; ", ranking.Pairwise.Select(Wins))}");
        }
    }

    private static string Wins(PairwiseWins p) =>
        $"{p.First} below {p.Second} in {p.FirstBelow} of {p.Runs} runs";

    private static string Number(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "undefined";
}
