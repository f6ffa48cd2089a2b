using K8sFootprint.Sources;
using K8sFootprint.Statistics;

namespace K8sFootprint.Measurement.Internal;

/// <summary>The raw window plus the arithmetic's settings, and the warnings raised while computing.</summary>
internal sealed class WindowContext(RecordedWindow raw, double maxGapIntervals)
{
    private readonly double _maxGapIntervals = maxGapIntervals;

    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public RecordedWindow Raw { get; } = raw;

    public double MaxGap { get; } = raw.Interval.TotalSeconds * maxGapIntervals;

    public List<MeasurementWarning> Warnings { get; } = [];

    public IEnumerable<MetricSeries> Series(string name) => Raw.Series.Where(s => s.Name == name);

    public CounterTotal Counter(MetricSeries series, string metric)
    {
        var total = WindowArithmetic.CounterTotal(series.Samples, Raw.Start, Raw.End, MaxGap);
        if (total.Resets > 0)
        {
            Warn(WarningCodes.CounterReset,
                $"{metric}: {Describe(series)} went down {total.Resets} time(s) inside the " +
                "window; each decrease was counted as a restart from zero.");
        }

        if (total.Gaps > 0)
        {
            Warn(WarningCodes.Gap, $"{metric}: {Describe(series)} has {total.Gaps} interval(s) longer than " +
                $"{MaxGap:0.###} s ({_maxGapIntervals:0.##} sample intervals) inside the window.");
        }

        return total;
    }

    public GaugeAverage Gauge(IReadOnlyList<Sample> samples, string metric)
    {
        var average = WindowArithmetic.GaugeAverage(samples, Raw.Start, Raw.End, MaxGap);
        if (average.Gaps > 0)
        {
            Warn(WarningCodes.Gap, $"{metric}: {average.Gaps} interval(s) longer than {MaxGap:0.###} s were left out " +
                "of the average.");
        }

        if (average.Coverage < 0.9)
        {
            Warn(WarningCodes.LowCoverage, $"{metric}: samples cover {average.Coverage:P0} of the window; " +
                "at least 90 % was expected.");
        }

        return average;
    }

    /// <summary>Adds a warning once per code and metric, so a thousand gappy series give one line each.</summary>
    public void Warn(string code, string message)
    {
        string key = code + "|" + message.Split(':')[0];
        if (_reported.Add(key))
        {
            Warnings.Add(new MeasurementWarning(code, message));
        }
    }

    private static string Describe(MetricSeries series) =>
        series.Labels.Count == 0
            ? series.Name
            : $"{series.Name}{{{string.Join(',', series.Labels.Select(l => $"{l.Key}=\"{l.Value}\""))}}}";
}
