using System.Globalization;
using K8sFootprint.Reporting;
using K8sFootprint.Statistics;

namespace K8sFootprint.Interactive.Internal;

/// <summary>A set of runs as HTML: per metric and target N, mean and 95 % interval, and the comparison with the
/// baseline in words; then the analysis' notes.</summary>
internal static class AnalysisHtml
{
    public static string Write(RunsAnalysis analysis)
    {
        var html = new HtmlBuilder().Open("div", "k8sfp k8sfp-analysis");
        html.Element("p", Lead(analysis));

        string against = analysis.Baseline is { } baseline ? $"against {baseline}" : "against the baseline";
        html.Open("table").Head("metric", "target", "N", "mean", "95 % interval", against);
        foreach (var metric in analysis.Metrics)
        {
            var rows = analysis.Summaries.Where(s => s.Metric.Id == metric.Id).ToList();
            html.Open("tbody");
            for (int i = 0; i < rows.Count; i++)
            {
                html.Open("tr");
                if (i == 0)
                {
                    string span = rows.Count.ToString("D", CultureInfo.InvariantCulture);
                    html.Open("th", ("scope", "rowgroup"), ("rowspan", span),
                            ("style", "text-align:left;vertical-align:top"))
                        .Text($"{Phrases.Capital(metric.Noun)} ({metric.Unit})")
                        .Close("th");
                }

                Cells(html, analysis, rows[i]);
                html.Close("tr");
            }

            html.Close("tbody");
        }

        html.Close("table");
        Notes(html, analysis.Notes);
        return html.Close("div").ToString();
    }

    private static void Cells(HtmlBuilder html, RunsAnalysis analysis, TargetMetricSummary row)
    {
        var summary = row.Summary;
        string unit = row.Metric.Unit;
        bool isBaseline = row.Target == analysis.Baseline;
        string words = isBaseline ? "(baseline)" : analysis.Comparison(row.Target, row.Metric.Id)?.Words ?? "";
        html.TextCell(row.Target)
            .FigureCell(summary.Count.ToString("D", CultureInfo.InvariantCulture))
            .FigureCell(Quantities.Format(summary.Mean, unit))
            .FigureCell(Phrases.Interval(summary, unit))
            .TextCell(words);
    }

    private static string Lead(RunsAnalysis analysis)
    {
        string baseline = analysis.Baseline is { } name
            ? $"baseline {name}"
            : "no baseline (name one, for example kubeadm, to compare the targets)";
        return $"{analysis.Targets.Count} targets: {string.Join(", ", analysis.Targets)}; {baseline}. Every " +
            "figure is a mean over runs with its 95 % Student-t interval; comparisons are ratios of means with " +
            "95 % Fieller intervals, and the words name a direction only when the interval excludes no difference.";
    }

    private static void Notes(HtmlBuilder html, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        html.Element("p", "Notes:").Open("ul");
        foreach (string note in notes)
        {
            html.Element("li", note);
        }

        html.Close("ul");
    }
}
