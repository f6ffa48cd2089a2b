using K8sFootprint.Charts.Internal;
using K8sFootprint.Statistics;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace K8sFootprint.Charts;

/// <summary>One metric of a <see cref="RunsAnalysis"/> as bars: a bar per target at its mean over the runs,
/// whiskers spanning the 95 % confidence interval, a dot per run, and the baseline hatched in grey.</summary>
public static class MetricBarChart
{
    private static readonly Color TargetColor = Color.FromHex("#4C78A8");
    private static readonly Color BaselineColor = Color.FromHex("#9E9E9E");

    /// <summary>Draws one metric of an analysis.</summary>
    /// <param name="analysis">The analysis, for example from <see cref="RunsAnalyzer.Analyze"/>.</param>
    /// <param name="metric">The metric's identifier, for example <c>memory</c>; one of the analysis'
    /// <see cref="RunsAnalysis.Metrics"/>.</param>
    /// <param name="options">The size; 800 × 450 when <see langword="null"/>.</param>
    /// <returns>The chart, named after the metric's identifier.</returns>
    /// <exception cref="ArgumentException">The analysis has no such metric.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' size is out of range.</exception>
    /// <remarks>A target with one run has no interval and so no whiskers. Bytes are shown in the binary multiple
    /// that suits the largest value.</remarks>
    public static ChartImage Render(RunsAnalysis analysis, string metric, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentException.ThrowIfNullOrEmpty(metric);
        options ??= new ChartOptions();
        options.Validate();
        var definition = analysis.Metrics.FirstOrDefault(m => m.Id == metric)
            ?? throw new ArgumentException(
                $"The analysis has no metric '{metric}'; it has " +
                $"{string.Join(", ", analysis.Metrics.Select(m => m.Id))}.",
                nameof(metric));

        using var plot = Create(analysis, definition);
        return ChartRenderer.Render(plot, FileNames.Sanitize(definition.Id), options);
    }

    private static Plot Create(RunsAnalysis analysis, MetricDefinition metric)
    {
        var summaries = analysis.Targets
            .Select(t => analysis.Summary(t, metric.Id))
            .OfType<TargetMetricSummary>()
            .Where(s => s.Summary.Mean is not null)
            .ToList();
        var unit = AxisUnit.For(metric.Unit, Largest(summaries));

        var plot = new Plot();
        Bar[] bars = [.. summaries.Select((s, i) => Bar(i, s.Summary.Mean!.Value / unit.Divisor, IsBaseline(s)))];
        plot.Add.Bars(bars);
        AddWhiskers(plot, summaries, unit);
        AddRuns(plot, summaries, unit);
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            [.. summaries.Select((_, i) => (double)i)],
            [.. summaries.Select(s => IsBaseline(s) ? $"{s.Target}\n(baseline)" : s.Target)]);
        plot.Axes.Margins(bottom: 0);
        plot.Title($"{Capitalize(metric.Noun)}: mean per target over its runs, whiskers at the 95 % interval");
        plot.XLabel("target");
        plot.YLabel($"{metric.Noun} ({unit.Label})");
        return plot;

        bool IsBaseline(TargetMetricSummary summary) => summary.Target == analysis.Baseline;
    }

    /// <summary>Whiskers from the lower to the upper end of each target's interval, where it has one.</summary>
    private static void AddWhiskers(Plot plot, List<TargetMetricSummary> summaries, AxisUnit unit)
    {
        var xs = new List<double>();
        var means = new List<double>();
        var up = new List<double>();
        var down = new List<double>();
        for (int i = 0; i < summaries.Count; i++)
        {
            if (summaries[i].Summary is { Mean: { } mean, ConfidenceLow: { } low, ConfidenceHigh: { } high })
            {
                xs.Add(i);
                means.Add(mean / unit.Divisor);
                up.Add((high - mean) / unit.Divisor);
                down.Add((mean - low) / unit.Divisor);
            }
        }

        plot.Add.Plottable(new ErrorBar(xs, means, null, null, up, down) { Color = Colors.Black, LineWidth = 1.5f });
    }

    /// <summary>An open dot per run, over its target's bar.</summary>
    private static void AddRuns(Plot plot, List<TargetMetricSummary> summaries, AxisUnit unit)
    {
        double[] xs = [.. summaries.SelectMany((s, i) => s.Values.Select(_ => (double)i))];
        double[] ys = [.. summaries.SelectMany(s => s.Values.Select(v => v / unit.Divisor))];
        var dots = plot.Add.ScatterPoints(xs, ys, Colors.Black);
        dots.MarkerShape = MarkerShape.OpenCircle;
        dots.MarkerSize = 6;
    }

    private static Bar Bar(int position, double mean, bool isBaseline) => new()
    {
        Position = position,
        Value = mean,
        FillColor = isBaseline ? BaselineColor : TargetColor,
        FillHatch = isBaseline ? new ScottPlot.Hatches.Striped() : null,
        FillHatchColor = Colors.White.WithAlpha(0.6),
        LineColor = Colors.Black,
    };

    private static double Largest(List<TargetMetricSummary> summaries) => summaries
        .SelectMany(s => s.Values.Append(s.Summary.ConfidenceHigh ?? 0).Append(s.Summary.ConfidenceLow ?? 0))
        .Select(Math.Abs)
        .DefaultIfEmpty(0)
        .Max();

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
