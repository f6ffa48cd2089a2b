using K8sFootprint.Interactive;
using K8sFootprint.Reporting;
using Microsoft.DotNet.Interactive.Formatting;

namespace K8sFootprint.Tests.Interactive;

[Collection(FormatterRegistry.Name)]
public sealed class FootprintHtmlTests
{
    public FootprintHtmlTests() => FootprintFormatters.Register();

    [Fact]
    public void ToDisplayString_Footprint_ShowsTheFiveHeadlineFiguresAsQuantitiesFormatsThem()
    {
        var footprint = InteractiveData.Footprint();

        string sut = footprint.ToDisplayString(FootprintFormatters.MimeType);

        Assert.StartsWith("<div class=\"k8sfp k8sfp-footprint\">", sut, StringComparison.Ordinal);
        Assert.Contains(">1.200 cores<", sut, StringComparison.Ordinal);
        Assert.Contains($">{Quantities.Format(footprint.Memory.AverageUsedBytes, "bytes")}<", sut,
            StringComparison.Ordinal);
        Assert.Contains(">3.00 MiB<", sut, StringComparison.Ordinal);
        Assert.Contains(">7.50 KiB<", sut, StringComparison.Ordinal);
        Assert.Contains(">20.0 GiB<", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDisplayString_Footprint_NamesEachMetricWithItsUnit()
    {
        string sut = InteractiveData.Footprint().ToDisplayString(FootprintFormatters.MimeType);

        Assert.Contains(">CPU</th><td style=\"text-align:left\">cores</td>", sut, StringComparison.Ordinal);
        foreach (string metric in new[] { "Memory", "Disk i/o", "Network i/o", "Disk usage" })
        {
            Assert.Contains($">{metric}</th><td style=\"text-align:left\">bytes</td>", sut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToDisplayString_FootprintWithWarnings_ListsEachCodeAndMessageEncoded()
    {
        var footprint = InteractiveData.Footprint(
            "node-a", new MeasurementWarning("low-coverage", $"Coverage of {InteractiveData.Hostile} was 80 %."));

        string sut = footprint.ToDisplayString(FootprintFormatters.MimeType);

        Assert.Contains("<code>low-coverage</code>", sut, StringComparison.Ordinal);
        Assert.Contains($"Coverage of {InteractiveData.Encoded} was 80 %.", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDisplayString_FootprintWithoutWarnings_SaysSo()
    {
        string sut = InteractiveData.Footprint().ToDisplayString(FootprintFormatters.MimeType);

        Assert.Contains("<p>No warnings.</p>", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDisplayString_HostileNodeName_IsEncoded()
    {
        string sut = InteractiveData.Footprint(InteractiveData.Hostile).ToDisplayString(FootprintFormatters.MimeType);

        Assert.Contains($"Idle footprint of {InteractiveData.Encoded}", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", sut, StringComparison.Ordinal);
    }
}
