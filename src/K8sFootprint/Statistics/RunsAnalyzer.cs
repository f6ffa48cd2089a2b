namespace K8sFootprint.Statistics;

/// <summary>Turns runs in the long format into summaries, baseline comparisons and ranking stability.</summary>
public static class RunsAnalyzer
{
    /// <summary>Analyses a set of runs.</summary>
    /// <param name="observations">One value per target, run and metric.</param>
    /// <param name="options">The baseline and outlier handling; defaults when <see langword="null"/>.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentException">An observation is malformed or repeated, a metric has two units, or
    /// the baseline is not among the targets; the message names it.</exception>
    public static RunsAnalysis Analyze(IEnumerable<MetricObservation> observations, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        options ??= new AnalysisOptions();
        var rows = observations.ToList();
        Validate(rows);

        string[] targets = [.. rows.Select(r => r.Target).Distinct(StringComparer.Ordinal)];
        MetricDefinition[] metrics = Metrics(rows);
        string? baseline = Baseline(options, targets);

        var summaries = new List<TargetMetricSummary>();
        foreach (var metric in metrics)
        {
            foreach (string target in targets)
            {
                var runs = rows.Where(r => r.Target == target && r.Metric == metric.Id).OrderBy(r => r.Run).ToList();
                if (runs.Count > 0)
                {
                    summaries.Add(Summarize(target, metric, runs, options.ExcludeOutliers));
                }
            }
        }

        var comparisons = baseline is null ? [] : Compare(summaries, baseline, options);
        var rankings = metrics.ToDictionary(m => m.Id, m => Rankings.Assess(ByRun(summaries, m)));
        var notes = Notes(summaries, options);
        return new RunsAnalysis(targets, metrics, summaries, baseline, comparisons, rankings, notes);
    }

    private static Dictionary<string, IReadOnlyDictionary<int, double>> ByRun(
        List<TargetMetricSummary> summaries, MetricDefinition metric) =>
        summaries.Where(s => s.Metric.Id == metric.Id).ToDictionary(
            s => s.Target,
            IReadOnlyDictionary<int, double> (s) => s.Runs.Zip(s.Values).ToDictionary(p => p.First, p => p.Second));

    private static TargetMetricSummary Summarize(
        string target, MetricDefinition metric, List<MetricObservation> runs, bool excludeOutliers)
    {
        double[] values = [.. runs.Select(r => r.Value)];
        var outliers = Outliers.Flag(values);
        var kept = excludeOutliers ? values.Where((_, i) => !outliers.Flagged.Contains(i)) : values;
        return new TargetMetricSummary(target, metric, Summaries.Summarize(kept), [.. runs.Select(r => r.Run)], values,
            outliers, [.. outliers.Flagged.Select(i => runs[i].Run)], excludeOutliers && outliers.Flagged.Count > 0);
    }

    private static List<BaselineComparison> Compare(
        List<TargetMetricSummary> summaries, string baseline, AnalysisOptions options)
    {
        var comparisons = new List<BaselineComparison>();
        foreach (var reference in summaries.Where(s => s.Target == baseline))
        {
            foreach (var candidate in summaries.Where(s => s.Metric.Id == reference.Metric.Id && s.Target != baseline))
            {
                comparisons.Add(Comparisons.Compare(candidate.Target, Kept(candidate), baseline, Kept(reference),
                    candidate.Metric, options.BootstrapSeed));
            }
        }

        return comparisons;
    }

    private static double[] Kept(TargetMetricSummary summary) => summary.OutliersExcluded
        ? [.. summary.Values.Where((_, i) => !summary.Outliers.Flagged.Contains(i))]
        : [.. summary.Values];

    private static string? Baseline(AnalysisOptions options, string[] targets)
    {
        if (options.Baseline is null)
        {
            return targets.FirstOrDefault(
                t => string.Equals(t, AnalysisOptions.DefaultBaseline, StringComparison.OrdinalIgnoreCase));
        }

        return targets.Contains(options.Baseline)
            ? options.Baseline
            : throw new ArgumentException(
                $"The baseline '{options.Baseline}' is not among the targets; expected one of: " +
                $"{string.Join(", ", targets)}.", nameof(options));
    }

    private static MetricDefinition[] Metrics(List<MetricObservation> rows)
    {
        var units = rows.GroupBy(r => r.Metric, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Unit);
        var known = MetricCatalog.All.Where(m => units.ContainsKey(m.Id));
        var unknown = units.Keys.Where(id => MetricCatalog.All.All(m => m.Id != id))
            .Select(id => MetricCatalog.Describe(id, units[id]));
        return [.. known, .. unknown];
    }

    private static void Validate(List<MetricObservation> rows)
    {
        var seen = new HashSet<(string, int, string)>();
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            string where = $"target '{row.Target}', run {row.Run}, metric '{row.Metric}'";
            if (string.IsNullOrWhiteSpace(row.Target) || string.IsNullOrWhiteSpace(row.Metric) || row.Run < 1)
            {
                throw new ArgumentException(
                    $"Observation with {where}: expected a target name, a metric name and a run number from 1.",
                    nameof(rows));
            }

            if (!double.IsFinite(row.Value))
            {
                throw new ArgumentException(
                    $"{Capitalised(where)} has the value '{row.Value}'; expected a finite number.", nameof(rows));
            }

            if (!seen.Add((row.Target, row.Run, row.Metric)))
            {
                throw new ArgumentException($"{Capitalised(where)} appears twice; expected one value per run.",
                    nameof(rows));
            }

            string? catalogued = MetricCatalog.All.FirstOrDefault(m => m.Id == row.Metric)?.Unit;
            string expectedUnit = catalogued ?? units.GetValueOrDefault(row.Metric, row.Unit);
            units.TryAdd(row.Metric, row.Unit);
            if (row.Unit != expectedUnit)
            {
                string why = catalogued is null ? "like the metric's other runs" : $"the unit of '{row.Metric}'";
                throw new ArgumentException(
                    $"{Capitalised(where)} is in '{row.Unit}'; expected '{expectedUnit}', {why}.", nameof(rows));
            }
        }
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static List<string> Notes(List<TargetMetricSummary> summaries, AnalysisOptions options)
    {
        var notes = new List<string>();
        foreach (var summary in summaries.Where(s => s.OutlierRuns.Count > 0))
        {
            string handling = options.ExcludeOutliers ? "left out of the figures" : "kept in the figures";
            notes.Add($"{summary.Target}, {summary.Metric.Noun}: run {string.Join(", ", summary.OutlierRuns)} " +
                $"flagged as outlying ({handling}).");
        }

        foreach (var summary in summaries.Where(s => s.Metric.IsHeadline && s.Summary.Min < 0))
        {
            notes.Add($"{summary.Target}, {summary.Metric.Noun}: a negative value ({summary.Summary.Min}) for a " +
                "metric that cannot be negative; check how it was measured.");
        }

        foreach (var summary in summaries.Where(s => s.Summary.Count == 1))
        {
            notes.Add($"{summary.Target}, {summary.Metric.Noun}: one run only; variance, interval and comparison " +
                "are undefined.");
        }

        return notes;
    }
}
