using K8sFootprint;
using K8sFootprint.Benchmarking;
using K8sFootprint.Reporting;
using Xunit.Sdk;
using static BudgetTests.Size;

namespace BudgetTests;

/// <summary>What a failing budget prints, pinned on stored runs so the text does not depend on this machine.
/// </summary>
public sealed class FailureMessageTests
{
    private static readonly MeasurementWarning Gap = new(WarningCodes.Gap,
        "No sample for 7 s between 12:00:01 and 12:00:08; the gap is interpolated.");

    [Fact]
    public async Task Within_BudgetBelowMeasured_PrintsMeasuredValueBudgetAndWarnings()
    {
        var store = await StoredRuns.ReadAsync(TestContext.Current.CancellationToken);
        var footprint = store.RunsOf(StoredRuns.Target)[0].Footprint! with { Warnings = [Gap] };
        double measured = footprint.Memory.AverageUsedBytes!.Value;

        var failure = Assert.Throws<FailException>(
            () => FootprintAssert.Within(footprint, Budget.Memory(100 * MiB), Budget.Cpu(2)));

        Assert.StartsWith($"1 of 2 footprint budgets exceeded on node '{footprint.Node}'", failure.Message,
            StringComparison.Ordinal);
        Assert.Contains($"OVER  memory: measured {Quantities.Format(measured, "bytes")}, budget at most 100 MiB (",
            failure.Message, StringComparison.Ordinal);
        Assert.Contains("  ok    CPU: measured ", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Warnings (1):{Environment.NewLine}  gap: {Gap.Message}", failure.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Within_NoWarnings_SaysSo()
    {
        var store = await StoredRuns.ReadAsync(TestContext.Current.CancellationToken);
        var footprint = store.RunsOf(StoredRuns.Target)[0].Footprint! with { Warnings = [] };

        var failure = Assert.Throws<FailException>(() => FootprintAssert.Within(footprint, Budget.Memory(1 * MiB)));

        Assert.EndsWith("Warnings: none", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Within_PerHourBudget_PrintsTheRate()
    {
        var store = await StoredRuns.ReadAsync(TestContext.Current.CancellationToken);
        var footprint = store.RunsOf(StoredRuns.Target)[0].Footprint!;
        double perHour = footprint.DiskIo.WrittenBytes * 360;

        var failure = Assert.Throws<FailException>(() => FootprintAssert.Within(footprint, Budget.DiskWrites(1)));

        Assert.Contains($"OVER  disk writes: measured {Quantities.Format(perHour, "bytes")}/h, budget at most 1 B/h",
            failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeanWithin_BudgetBelowMean_PrintsMeanIntervalBudgetAndEachRunsWarnings()
    {
        var store = await StoredRuns.ReadAsync(TestContext.Current.CancellationToken);
        var runs = store.Runs.Select(r => r.Run == 2 ? WithGap(r) : r);
        var withGap = store with { Runs = [.. runs] };
        double mean = store.RunsOf(StoredRuns.Target).Average(r => r.Footprint!.Memory.AverageUsedBytes!.Value);

        var failure = Assert.Throws<FailException>(
            () => FootprintAssert.MeanWithin(withGap, StoredRuns.Target, Budget.Memory(100 * MiB)));

        Assert.StartsWith("1 of 1 footprint budgets exceeded by the mean of 'build-host' over 3 stored runs:",
            failure.Message, StringComparison.Ordinal);
        Assert.Contains($"OVER  memory: mean {Quantities.Format(mean, "bytes")} (95 % interval ", failure.Message,
            StringComparison.Ordinal);
        Assert.Contains("budget at most 100 MiB (", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Warnings (1):{Environment.NewLine}  run 2, gap: {Gap.Message}", failure.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeanWithin_UnknownTarget_NamesTheStoredTargets()
    {
        var store = await StoredRuns.ReadAsync(TestContext.Current.CancellationToken);

        var failure = Assert.Throws<FailException>(
            () => FootprintAssert.MeanWithin(store, "k3s", Budget.Memory(1 * GiB)));

        Assert.Equal("The result store has no runs of 'k3s'; it holds 'build-host'.", failure.Message);
    }

    private static RunRecord WithGap(RunRecord run) =>
        run with { Footprint = run.Footprint! with { Warnings = [Gap] } };
}
