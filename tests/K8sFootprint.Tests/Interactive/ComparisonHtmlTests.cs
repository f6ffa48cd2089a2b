using System.Net;
using K8sFootprint.Interactive;
using K8sFootprint.Reporting;
using Microsoft.DotNet.Interactive.Formatting;

namespace K8sFootprint.Tests.Interactive;

[Collection(FormatterRegistry.Name)]
public sealed class ComparisonHtmlTests
{
    public ComparisonHtmlTests() => FootprintFormatters.Register();

    [Fact]
    public void ToDisplayString_BaselineComparison_ShowsTheWordsBothSummariesAndTheRatio()
    {
        var comparison = InteractiveData.Analysis().Comparison("k3s", "memory")!;

        string sut = comparison.ToDisplayString(FootprintFormatters.MimeType);

        Assert.StartsWith("<div class=\"k8sfp k8sfp-comparison\">", sut, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(comparison.Words), sut, StringComparison.Ordinal);
        Assert.Contains($">{Quantities.Format(comparison.Candidate.Mean, "bytes")}<", sut, StringComparison.Ordinal);
        Assert.Contains($">{Quantities.Format(comparison.BaselineSummary.Mean, "bytes")}<", sut,
            StringComparison.Ordinal);
        Assert.Contains(">kubeadm (baseline)</th>", sut, StringComparison.Ordinal);
        Assert.Contains("1.200 (", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDisplayString_HostileNames_AreEncoded()
    {
        var comparison = InteractiveData.Analysis(InteractiveData.Hostile, "<img src=x>").Comparisons[0];

        string sut = comparison.ToDisplayString(FootprintFormatters.MimeType);

        Assert.Contains($"&lt;img src=x&gt; against {InteractiveData.Encoded}", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", sut, StringComparison.Ordinal);
    }
}
