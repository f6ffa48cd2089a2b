using K8sFootprint.Reporting;
using static BudgetTests.Size;

namespace BudgetTests;

/// <summary>Budgets for the machine the tests run on, measured live. They are generous on purpose: the point is
/// that a regression of the order of a runaway process fails, while an ordinary quiet machine passes.</summary>
public sealed class ThisMachineBudgetTests(ThisMachine machine) : IClassFixture<ThisMachine>
{
    [Fact]
    public void IdleFootprint_OrdinaryMachine_StaysWithinGenerousBudgets()
    {
        FootprintAssert.Within(
            machine.Footprint,
            Budget.Memory(64 * GiB),
            Budget.Cpu(2),
            Budget.DiskWrites(10 * GiB));
    }

    [Fact]
    public void IdleFootprint_Window_CoversEverySample()
    {
        var footprint = machine.Footprint;

        Assert.InRange(footprint.Window.Duration.TotalSeconds, 4.5, 5.5);
        Assert.True(footprint.Window.SampleCount >= 5, $"{footprint.Window.SampleCount} samples in a 5 s window.");
        Assert.Equal(1, footprint.Memory.Coverage, 3);
    }

    [Fact]
    public void Within_MemoryBudgetBelowMeasured_FailsNamingMeasuredValueBudgetAndWarnings()
    {
        var footprint = machine.Footprint;
        double measured = footprint.Memory.AverageUsedBytes!.Value;
        var budget = Budget.Memory(measured / 2);

        var failure = Assert.Throws<Xunit.Sdk.FailException>(() => FootprintAssert.Within(footprint, budget));

        Assert.Contains($"OVER  memory: measured {Quantities.Format(measured, "bytes")}", failure.Message,
            StringComparison.Ordinal);
        Assert.Contains($"budget at most {Quantities.Format(measured / 2, "bytes")} (200 % of the budget)",
            failure.Message, StringComparison.Ordinal);
        Assert.Contains("Warnings", failure.Message, StringComparison.Ordinal);
        Assert.All(footprint.Warnings, w => Assert.Contains(w.Message, failure.Message, StringComparison.Ordinal));
    }
}
