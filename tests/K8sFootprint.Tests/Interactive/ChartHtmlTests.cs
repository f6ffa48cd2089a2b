using K8sFootprint.Charts;
using K8sFootprint.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace K8sFootprint.Tests.Interactive;

[Collection(FormatterRegistry.Name)]
public sealed class ChartHtmlTests
{
    public ChartHtmlTests() => FootprintFormatters.Register();

    [Fact]
    public void ToDisplayString_ChartImage_IsAnImgWithThePngAsDataUriAtItsSize()
    {
        var chart = MetricBarChart.Render(InteractiveData.Analysis(), "memory", new ChartOptions { Width = 320 });

        string sut = chart.ToDisplayString(FootprintFormatters.MimeType);

        Assert.Contains($"<img src=\"data:image/png;base64,{Convert.ToBase64String(chart.Png)}\"", sut,
            StringComparison.Ordinal);
        Assert.Contains("alt=\"memory\" width=\"320\" height=\"450\">", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDisplayString_HostileName_IsEncodedInTheAltText()
    {
        var chart = new ChartImage("\"><script>", [1, 2, 3], "<svg/>", 100, 100);

        string sut = chart.ToDisplayString(FootprintFormatters.MimeType);

        Assert.Contains("alt=\"&quot;&gt;&lt;script&gt;\"", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", sut, StringComparison.Ordinal);
    }
}
