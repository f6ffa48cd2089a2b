using System.Globalization;
using K8sFootprint.IntegrationTests.Infrastructure;

namespace K8sFootprint.IntegrationTests.GroundTruth;

/// <summary>Busy cores against the kernel's own accounting of a stress-ng process burning half a core.</summary>
public sealed class CpuGroundTruthTests
{
    [Fact]
    public async Task BusyCores_StressNgHalfACore_MatchesItsKernelCpuTimeWithin005Cores()
    {
        Prerequisite.Command("stress-ng");
        var window = TimeSpan.FromSeconds(10);
        await Windows.WaitUntilQuietAsync();
        var before = await Windows.MeasureAsync(window);
        double stressSeconds = 0;

        var loaded = await Windows.MeasureAsync(window, during: async token =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System, token);
            stressSeconds = await Task.Run(RunStress, token);
        });

        var after = await Windows.MeasureAsync(window);

        double expected = stressSeconds / loaded.Raw.Duration;
        double baseline = (before.Cpu.BusyCores!.Value + after.Cpu.BusyCores!.Value) / 2;
        double measured = loaded.Cpu.BusyCores!.Value - baseline;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"baseline {before.Cpu.BusyCores:0.0000} and {after.Cpu.BusyCores:0.0000} cores, " +
            $"loaded {loaded.Cpu.BusyCores:0.0000}, stress-ng {expected:0.0000}");
        Assert.InRange(expected, 0.2, 0.8);
        Assert.True(
            Math.Abs(measured - expected) <= 0.05,
            $"Measured {measured:0.000} busy cores above the idle baseline; stress-ng used {expected:0.000} cores.");
    }

    /// <summary>Runs stress-ng for 7 s inside the window and returns its CPU time (user + system, workers
    /// included) from the kernel: the waiting shell's cutime and cstime in /proc/self/stat.</summary>
    private static double RunStress()
    {
        string stat = Sh.Run("stress-ng --cpu 1 --cpu-load 50 --timeout 7s --quiet >/dev/null 2>&1; cat /proc/$$/stat");
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long childTicks = long.Parse(fields[13], CultureInfo.InvariantCulture)
            + long.Parse(fields[14], CultureInfo.InvariantCulture);
        double hz = double.Parse(Sh.Run("getconf CLK_TCK"), CultureInfo.InvariantCulture);
        return childTicks / hz;
    }
}
