using K8sFootprint.Benchmarking;
using K8sFootprint.Charts;

namespace K8sFootprint.Tests.Charts;

public sealed class RunTimeSeriesChartTests
{
    [Fact]
    public void Render_Run_IsAPngAndAnSvgOfTheRequestedSize()
    {
        var options = new ChartOptions { Width = 700, Height = 501 };

        var sut = RunTimeSeriesChart.Render(ChartData.Run("k3s", 2), options);

        Assert.Equal((700, 501), ImageReader.PngSize(sut.Png));
        Assert.Equal((700, 501), ImageReader.SvgSize(sut.Svg));
        Assert.Equal("run-k3s-2", sut.Name);
    }

    [Fact]
    public void Render_Run_LabelsCpuAndMemoryAxes()
    {
        var sut = ImageReader.SvgTexts(RunTimeSeriesChart.Render(ChartData.Run("k3s", 2)).Svg);

        Assert.Contains("CPU busy (cores)", sut);
        Assert.Contains("memory used (MiB)", sut);
        Assert.Contains(sut, t => t.StartsWith("k3s, run 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Run_DrawsBothRowsOfThePng()
    {
        var sut = RunTimeSeriesChart.Render(ChartData.Run("k3s", 2), new ChartOptions { Width = 400, Height = 301 });

        var (top, bottom) = ImageReader.InkInHalves(sut.Png);
        Assert.True(top > 0.03, $"The top row (CPU) has {top:P1} ink.");
        Assert.True(bottom > 0.03, $"The bottom row (memory) has {bottom:P1} ink.");
    }

    [Fact]
    public void Render_Footprint_IsNamedAfterTheNode()
    {
        var sut = RunTimeSeriesChart.Render(ChartData.Footprint(), new ChartOptions { Width = 100, Height = 100 });

        Assert.Equal("run-node-a", sut.Name);
        Assert.Equal((100, 100), ImageReader.PngSize(sut.Png));
    }

    [Fact]
    public void Render_RunWithoutFootprint_ThrowsNamingTheRun()
    {
        var run = ChartData.Run("k3s", 3) with { Footprint = null };

        var ex = Assert.Throws<ArgumentException>(() => RunTimeSeriesChart.Render(run));

        Assert.Equal("run", ex.ParamName);
        Assert.Contains("Run 3 of 'k3s'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BadOptions_ThrowsNamingTheOption()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => RunTimeSeriesChart.Render(ChartData.Run("k3s", 1), new ChartOptions { Width = 50 }));

        Assert.Equal("Width", ex.ParamName);
    }
}
