using K8sFootprint.Benchmarking;
using K8sFootprint.Charts;

namespace K8sFootprint.Tests.Charts;

public sealed class ChartSetTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("k8sfp-charts-").FullName;

    private string Folder => Path.Combine(_directory, "charts");

    [Fact]
    public async Task WriteAsync_MetricsAndRuns_WritesAPngAndAnSvgForEach()
    {
        RunRecord[] runs = [ChartData.Run("k3s", 1), ChartData.Run("kubeadm", 1)];
        var options = new ChartOptions { Width = 320, Height = 200 };

        var sut = await ChartSet.WriteAsync(
            ChartData.Analysis(), runs, Folder, options, TestContext.Current.CancellationToken);

        string[] expected = ["cpu.png", "cpu.svg", "memory.png", "memory.svg", "run-k3s-1.png", "run-k3s-1.svg",
            "run-kubeadm-1.png", "run-kubeadm-1.svg"];
        Assert.Equal(expected, sut.Select(Path.GetFileName));
        Assert.All(sut, p => Assert.Equal(Folder, Path.GetDirectoryName(p)));
        Assert.Equal((320, 200), ImageReader.PngSize(File.ReadAllBytes(Path.Combine(Folder, "run-k3s-1.png"))));
        Assert.Equal((320, 200), ImageReader.SvgSize(File.ReadAllText(Path.Combine(Folder, "memory.svg"))));
    }

    [Fact]
    public async Task WriteAsync_TargetNamesWithPathCharacters_StayInTheFolderWithSafeNames()
    {
        RunRecord[] runs = [ChartData.Run("../k3s edge", 1), ChartData.Run("../k3s:edge", 1)];

        var sut = await ChartSet.WriteAsync(
            ChartData.Analysis(), runs, Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(Path.Combine(Folder, "run-.._k3s_edge-1.png"), sut);
        Assert.Contains(Path.Combine(Folder, "run-.._k3s_edge-1-2.svg"), sut);
        Assert.Equal(sut.Order(), Directory.GetFiles(Folder).Order());
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task WriteAsync_RunWithoutFootprint_GetsNoTimeSeries()
    {
        RunRecord[] runs = [ChartData.Run("k3s", 1) with { Footprint = null }];

        var sut = await ChartSet.WriteAsync(
            ChartData.Analysis(), runs, Folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.DoesNotContain(sut, p => Path.GetFileName(p).StartsWith("run-", StringComparison.Ordinal));
        Assert.Equal(4, sut.Count);
    }

    [Fact]
    public async Task WriteAsync_BadOptions_ThrowsBeforeWritingAnything()
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ChartSet.WriteAsync(
            ChartData.Analysis(), [], Folder, new ChartOptions { Width = 10 }, TestContext.Current.CancellationToken));

        Assert.Equal("Width", ex.ParamName);
        Assert.False(Directory.Exists(Folder));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
