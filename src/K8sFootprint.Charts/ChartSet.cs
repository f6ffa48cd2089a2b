using K8sFootprint.Benchmarking;
using K8sFootprint.Charts.Internal;
using K8sFootprint.Statistics;

namespace K8sFootprint.Charts;

/// <summary>Writes every chart of a set of runs into a folder, as PNG and SVG: one bar chart per metric
/// (<c>METRIC.png</c>) and one time series per run that carries its footprint (<c>run-TARGET-RUN.png</c>).</summary>
public static class ChartSet
{
    /// <summary>Draws and writes the charts, replacing files of the same names.</summary>
    /// <param name="analysis">The analysis of the runs.</param>
    /// <param name="runs">The runs; those without a footprint get no time series.</param>
    /// <param name="folder">The folder, created when missing.</param>
    /// <param name="options">The size of every chart; 800 × 450 when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between charts and while writing.</param>
    /// <returns>The paths written, each chart's PNG before its SVG.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The options' size is out of range.</exception>
    /// <remarks>Names are made safe for any file system: characters other than ASCII letters, digits, '-', '_'
    /// and '.' become '_', and a name an earlier chart took (ignoring case) gets "-2", "-3", ….</remarks>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        RunsAnalysis analysis,
        IReadOnlyList<RunRecord> runs,
        string folder,
        ChartOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        options ??= new ChartOptions();
        options.Validate();

        Directory.CreateDirectory(folder);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var written = new List<string>();
        foreach (var metric in analysis.Metrics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chart = MetricBarChart.Render(analysis, metric.Id, options);
            written.AddRange(await WriteAsync(chart, folder, taken, cancellationToken).ConfigureAwait(false));
        }

        foreach (var run in runs.Where(r => r?.Footprint is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chart = RunTimeSeriesChart.Render(run, options);
            written.AddRange(await WriteAsync(chart, folder, taken, cancellationToken).ConfigureAwait(false));
        }

        return written;
    }

    private static async Task<string[]> WriteAsync(
        ChartImage chart, string folder, HashSet<string> taken, CancellationToken cancellationToken)
    {
        string name = FileNames.Unique(chart.Name, taken);
        string png = Path.Combine(folder, name + ".png");
        string svg = Path.Combine(folder, name + ".svg");
        await File.WriteAllBytesAsync(png, chart.Png, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(svg, chart.Svg, cancellationToken).ConfigureAwait(false);
        return [png, svg];
    }
}
