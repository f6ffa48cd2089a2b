using System.Globalization;
using K8sFootprint.Benchmarking;
using K8sFootprint.Charts.Internal;
using K8sFootprint.Measurement;
using ScottPlot;

namespace K8sFootprint.Charts;

/// <summary>One run over its window, in two rows: busy cores per sample interval, computed from the CPU-time
/// counters in the raw samples (busy = user + nice + system + irq + softirq), and used memory (MemTotal −
/// MemAvailable) in MiB, both against seconds since the window's start.</summary>
public static class RunTimeSeriesChart
{
    private const float LeftAxisWidth = 70;

    /// <summary>Draws a stored run.</summary>
    /// <param name="run">The run; it must carry its footprint.</param>
    /// <param name="options">The size; 800 × 450 when <see langword="null"/>.</param>
    /// <returns>The chart, named <c>run-TARGET-RUN</c> with the target's name made safe for a file name.</returns>
    /// <exception cref="ArgumentException">The run has no footprint (it was imported without raw
    /// samples).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' size is out of range.</exception>
    public static ChartImage Render(RunRecord run, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Footprint is null)
        {
            throw new ArgumentException(
                $"Run {run.Run} of '{run.Target}' has no footprint, so it has no samples to draw; only runs " +
                "measured with their raw samples can be drawn over time.",
                nameof(run));
        }

        return Draw(run.Footprint, $"run-{run.Target}-{run.Run}", $"{run.Target}, run {run.Run}", options);
    }

    /// <summary>Draws a footprint, for example one just measured.</summary>
    /// <param name="footprint">The run.</param>
    /// <param name="options">The size; 800 × 450 when <see langword="null"/>.</param>
    /// <returns>The chart, named <c>run-NODE</c> with the node's name made safe for a file name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The options' size is out of range.</exception>
    public static ChartImage Render(Footprint footprint, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        return Draw(footprint, $"run-{footprint.Node}", footprint.Node, options);
    }

    private static ChartImage Draw(Footprint footprint, string name, string title, ChartOptions? options)
    {
        options ??= new ChartOptions();
        options.Validate();
        var raw = footprint.Raw;
        var cpu = RunSeries.BusyCores(raw);
        var memory = RunSeries.UsedMemory(raw);
        string start = footprint.Window.Start.ToUniversalTime()
            .ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

        using var cpuPlot = Row(cpu, 1, "CPU busy (cores)", raw.Duration);
        using var memoryPlot = Row(memory, AxisUnit.Mebibytes.Divisor, "memory used (MiB)", raw.Duration);
        cpuPlot.Title($"{title}: window from {start}, {raw.Duration:0.#} s");
        memoryPlot.XLabel("seconds since the window's start");
        return ChartRenderer.RenderStacked([cpuPlot, memoryPlot], FileNames.Sanitize(name), options);
    }

    private static Plot Row(TimeSeries series, double divisor, string label, double duration)
    {
        var plot = new Plot();
        var line = plot.Add.ScatterLine(series.Elapsed, [.. series.Values.Select(v => v / divisor)]);
        line.MarkerSize = series.Elapsed.Length <= 120 ? 4 : 0;
        plot.YLabel(label);
        plot.Axes.Left.MinimumSize = LeftAxisWidth;
        if (duration > 0)
        {
            plot.Axes.SetLimitsX(0, duration);
        }

        return plot;
    }
}
