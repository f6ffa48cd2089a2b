using System.Globalization;
using K8sFootprint.Reporting;
using K8sFootprint.Statistics;

namespace K8sFootprint.Interactive.Internal;

/// <summary>One target against the baseline on one metric as HTML: the words, both summaries, the ratio.</summary>
internal static class ComparisonHtml
{
    public static string Write(BaselineComparison comparison)
    {
        string unit = comparison.Metric.Unit;
        var html = new HtmlBuilder().Open("div", "k8sfp k8sfp-comparison");
        html.Open("p")
            .Element("strong", $"{comparison.Target} against {comparison.Baseline}, {comparison.Metric.Noun}: ")
            .Text(comparison.Words)
            .Close("p");

        html.Open("table").Head("target", "N", "mean", "95 % interval").Open("tbody");
        Summary(html, comparison.Target, comparison.Candidate, unit);
        Summary(html, $"{comparison.Baseline} (baseline)", comparison.BaselineSummary, unit);
        html.Close("tbody").Close("table");

        string bootstrap = comparison.Bootstrap is { IsBounded: true } b
            ? $"; bootstrap interval {Phrases.Fixed(b.Low!.Value)} to {Phrases.Fixed(b.High!.Value)}"
            : "";
        string welch = comparison.Welch is { } test ? $"; Welch's t-test p = {Phrases.PValue(test.PValue)}" : "";
        html.Element("p", "Ratio of means, target over baseline, with its 95 % Fieller interval: " +
            $"{Phrases.Ratio(comparison)}{bootstrap}{welch}.");
        return html.Close("div").ToString();
    }

    private static void Summary(HtmlBuilder html, string name, MetricSummary summary, string unit) =>
        html.Open("tr")
            .RowHeader(name)
            .FigureCell(summary.Count.ToString("D", CultureInfo.InvariantCulture))
            .FigureCell(Quantities.Format(summary.Mean, unit))
            .FigureCell(Phrases.Interval(summary, unit))
            .Close("tr");
}
