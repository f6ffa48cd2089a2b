using System.Net;
using K8sFootprint.Interactive;
using K8sFootprint.Reporting;
using K8sFootprint.Statistics;
using Microsoft.DotNet.Interactive.Formatting;

namespace K8sFootprint.Tests.Interactive;

[Collection(FormatterRegistry.Name)]
public sealed class AnalysisHtmlTests
{
    public AnalysisHtmlTests() => FootprintFormatters.Register();

    [Fact]
    public void ToDisplayString_RunsAnalysis_ShowsNMeanAndIntervalOfEveryTargetAndMetric()
    {
        var analysis = InteractiveData.Analysis();

        string sut = analysis.ToDisplayString(FootprintFormatters.MimeType);

        Assert.Equal(4, analysis.Summaries.Count);
        Assert.All(analysis.Summaries, s =>
        {
            string unit = s.Metric.Unit;
            string row = $">{s.Target}</td><td style=\"text-align:right\">3</td>" +
                $"<td style=\"text-align:right\">{Quantities.Format(s.Summary.Mean, unit)}</td>" +
                $"<td style=\"text-align:right\">{Quantities.Format(s.Summary.ConfidenceLow, unit)} to " +
                $"{Quantities.Format(s.Summary.ConfidenceHigh, unit)}</td>";
            Assert.Contains(row, sut, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ToDisplayString_RunsAnalysis_GivesTheComparisonWordsAndMarksTheBaseline()
    {
        var analysis = InteractiveData.Analysis();

        string sut = analysis.ToDisplayString(FootprintFormatters.MimeType);

        Assert.Contains(">against kubeadm</th>", sut, StringComparison.Ordinal);
        Assert.Contains(">(baseline)</td>", sut, StringComparison.Ordinal);
        foreach (var comparison in analysis.Comparisons)
        {
            Assert.StartsWith("20 % more", comparison.Words, StringComparison.Ordinal);
            Assert.Contains($">{WebUtility.HtmlEncode(comparison.Words)}</td>", sut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToDisplayString_HostileTargetAndMetricNames_AreEncoded()
    {
        var analysis = RunsAnalyzer.Analyze(
        [
            new("kubeadm", 1, "<b>m</b>", 1, "<i>u</i>"), new("kubeadm", 2, "<b>m</b>", 2, "<i>u</i>"),
            new(InteractiveData.Hostile, 1, "<b>m</b>", 3, "<i>u</i>"),
        ]);

        string sut = analysis.ToDisplayString(FootprintFormatters.MimeType);

        Assert.Contains($">{InteractiveData.Encoded}</td>", sut, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;m&lt;/b&gt; (&lt;i&gt;u&lt;/i&gt;)", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDisplayString_OneRunOnly_SaysUndefinedAndListsTheNote()
    {
        var analysis = RunsAnalyzer.Analyze([new("k3s", 1, "memory", 1 << 30, "bytes")]);

        string sut = analysis.ToDisplayString(FootprintFormatters.MimeType);

        Assert.Contains(">1.00 GiB</td><td style=\"text-align:right\">undefined</td>", sut, StringComparison.Ordinal);
        Assert.Contains("no baseline", sut, StringComparison.Ordinal);
        Assert.Contains($"<li>{WebUtility.HtmlEncode(Assert.Single(analysis.Notes))}</li>", sut,
            StringComparison.Ordinal);
    }
}
