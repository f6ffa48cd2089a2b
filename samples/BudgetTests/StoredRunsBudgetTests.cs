using K8sFootprint.Statistics;
using static BudgetTests.Size;

namespace BudgetTests;

/// <summary>Budgets for runs measured earlier and kept in a result store, as a team would check the runs of a
/// nightly comparison.</summary>
public sealed class StoredRunsBudgetTests
{
    [Fact]
    public async Task MeanWithin_StoredRuns_StayWithinBudgets()
    {
        var store = await StoredRuns.ReadAsync(TestContext.Current.CancellationToken);

        FootprintAssert.MeanWithin(
            store,
            StoredRuns.Target,
            Budget.Memory(512 * MiB),
            Budget.Cpu(0.05),
            Budget.DiskWrites(1 * GiB));
    }

    [Fact]
    public async Task ReadAsync_StoredRuns_AllReadableWithTheirWindows()
    {
        var store = await StoredRuns.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Empty(store.Problems);
        Assert.Equal([1, 2, 3], store.RunsOf(StoredRuns.Target).Select(r => r.Run));
        Assert.All(store.Runs, r => Assert.InRange(r.Footprint!.Window.Duration.TotalSeconds, 9.5, 10.5));
    }

    [Fact]
    public async Task Analyze_StoredRuns_MemoryIntervalStaysUnderBudget()
    {
        var store = await StoredRuns.ReadAsync(TestContext.Current.CancellationToken);

        var analysis = RunsAnalyzer.Analyze(store.Observations());
        var memory = analysis.Summary(StoredRuns.Target, MetricCatalog.Memory.Id)!.Summary;

        Assert.Equal(3, memory.Count);
        Assert.True(memory.ConfidenceHigh < 512 * MiB,
            $"The 95 % interval of memory reaches {memory.ConfidenceHigh} B.");
    }
}
