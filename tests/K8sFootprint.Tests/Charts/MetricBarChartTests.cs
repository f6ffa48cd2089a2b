using K8sFootprint.Charts;
using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Charts;

public sealed class MetricBarChartTests
{
    private static readonly ChartOptions Size = new() { Width = 640, Height = 360 };

    [Fact]
    public void Render_Png_HasThePngSignatureAndTheRequestedSize()
    {
        var sut = MetricBarChart.Render(ChartData.Analysis(), "memory", Size);

        Assert.Equal((640, 360), ImageReader.PngSize(sut.Png));
        Assert.Equal((640, 360), (sut.Width, sut.Height));
    }

    [Fact]
    public void Render_Svg_IsXmlWithTheRequestedSize()
    {
        var sut = MetricBarChart.Render(ChartData.Analysis(), "memory", Size);

        Assert.Equal((640, 360), ImageReader.SvgSize(sut.Svg));
    }

    [Fact]
    public void Render_Svg_NamesEveryTargetTheMetricAndItsUnit()
    {
        var sut = ImageReader.SvgTexts(MetricBarChart.Render(ChartData.Analysis(), "memory").Svg);

        Assert.All(ChartData.Targets, t => Assert.Contains(t, sut));
        Assert.Contains("(baseline)", sut);
        Assert.Contains("memory (GiB)", sut);
    }

    [Fact]
    public void Render_CoresMetric_LabelsTheAxisInCores()
    {
        var sut = MetricBarChart.Render(ChartData.Analysis(), "cpu");

        Assert.Equal("cpu", sut.Name);
        Assert.Contains("CPU (cores)", ImageReader.SvgTexts(sut.Svg));
    }

    [Fact]
    public void Render_OneRunPerTarget_DrawsBarsWithoutWhiskers()
    {
        var analysis = RunsAnalyzer.Analyze(
            [new("k3s", 1, "memory", 1e9, "bytes"), new("talos", 1, "memory", 2e9, "bytes")]);

        var sut = MetricBarChart.Render(analysis, "memory", Size);

        Assert.Equal((640, 360), ImageReader.PngSize(sut.Png));
        Assert.Contains("talos", ImageReader.SvgTexts(sut.Svg));
    }

    [Fact]
    public void Render_UnknownMetric_ThrowsNamingItAndTheKnownOnes()
    {
        var ex = Assert.Throws<ArgumentException>(() => MetricBarChart.Render(ChartData.Analysis(), "disk-io"));

        Assert.Equal("metric", ex.ParamName);
        Assert.Contains("'disk-io'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("cpu, memory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BadOptions_ThrowsNamingTheOption()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => MetricBarChart.Render(ChartData.Analysis(), "memory", new ChartOptions { Height = 9000 }));

        Assert.Equal("Height", ex.ParamName);
    }
}
