using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Statistics;

public sealed class RunsAnalyzerTests
{
    private static readonly MetricObservation[] Rows =
    [
        new("k3s", 1, "memory", 1150, "bytes"), new("k3s", 2, "memory", 1160, "bytes"),
        new("k3s", 3, "memory", 1140, "bytes"), new("kubeadm", 1, "memory", 1000, "bytes"),
        new("kubeadm", 2, "memory", 1005, "bytes"), new("kubeadm", 3, "memory", 995, "bytes"),
        new("k3s", 1, "cpu", 0.081, "cores"), new("k3s", 2, "cpu", 0.079, "cores"),
        new("kubeadm", 1, "cpu", 0.1, "cores"), new("kubeadm", 2, "cpu", 0.101, "cores"),
    ];

    [Fact]
    public void Analyze_KubeadmAmongTargets_IsTheBaselineAndEveryOtherTargetIsCompared()
    {
        var sut = RunsAnalyzer.Analyze(Rows);

        Assert.Equal("kubeadm", sut.Baseline);
        Assert.Equal(["k3s", "kubeadm"], sut.Targets);
        Assert.Equal(["cpu", "memory"], sut.Metrics.Select(m => m.Id));
        Assert.Equal(2, sut.Comparisons.Count);
        Assert.StartsWith("15 % more memory than kubeadm", sut.Comparison("k3s", "memory")!.Words,
            StringComparison.Ordinal);
        Assert.Equal(3, sut.Summary("k3s", "memory")!.Summary.Count);
        Assert.Equal(1, sut.Rankings["memory"].KendallW);
    }

    [Fact]
    public void Analyze_ChosenBaseline_ComparesWithIt()
    {
        var sut = RunsAnalyzer.Analyze(Rows, new AnalysisOptions { Baseline = "k3s" });

        Assert.Equal("k3s", sut.Baseline);
        Assert.All(sut.Comparisons, c => Assert.Equal("kubeadm", c.Target));
    }

    [Fact]
    public void Analyze_UnknownBaseline_NamesItAndTheTargets()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => RunsAnalyzer.Analyze(Rows, new AnalysisOptions { Baseline = "rke2" }));

        Assert.Contains("'rke2'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("k3s, kubeadm", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NoKubeadmAndNoBaseline_SummarisesWithoutComparing()
    {
        var sut = RunsAnalyzer.Analyze(Rows.Where(r => r.Target == "k3s"));

        Assert.Null(sut.Baseline);
        Assert.Empty(sut.Comparisons);
        Assert.Equal(2, sut.Summaries.Count);
    }

    [Fact]
    public void Analyze_SameRunTwice_NamesTheRun()
    {
        var ex = Assert.Throws<ArgumentException>(() => RunsAnalyzer.Analyze([.. Rows, Rows[0]]));

        Assert.Contains("target 'k3s', run 1, metric 'memory' appears twice", ex.Message,
            StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Analyze_KnownMetricInAnotherUnit_SaysWhichUnitIsExpected()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => RunsAnalyzer.Analyze([new MetricObservation("k3s", 1, "memory", 512, "MiB")]));

        Assert.Contains("in 'MiB'; expected 'bytes'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_OneRun_NotesThatItsSpreadIsUndefined()
    {
        var sut = RunsAnalyzer.Analyze([new MetricObservation("talos", 1, "memory", 900, "bytes")]);

        Assert.Null(sut.Summaries.Single().Summary.StandardDeviation);
        Assert.Contains(sut.Notes, n => n.Contains("one run only", StringComparison.Ordinal));
    }
}
