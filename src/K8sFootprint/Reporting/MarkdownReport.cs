using System.Globalization;
using System.Net;
using System.Text;
using K8sFootprint.Benchmarking;
using K8sFootprint.Statistics;

namespace K8sFootprint.Reporting;

/// <summary>
/// A report that reads like the study: per target the headline in words against the baseline, a table per metric
/// with mean and 95 % interval per target and the comparison, ranking stability, hosts and versions, and every
/// warning the runs carry.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="analysis">The analysis of the runs.</param>
    /// <param name="runs">The stored runs, for host facts and warnings; runs without a footprint (imported from
    /// CSV) add nothing there.</param>
    /// <param name="title">The report's title.</param>
    /// <returns>The Markdown text.</returns>
    public static string Write(RunsAnalysis analysis, IReadOnlyList<RunRecord> runs, string title = "Idle footprint") =>
        Write(analysis, runs, new MarkdownReportOptions { Title = title });

    /// <summary>Writes the report with failed steps of a plan and links to charts.</summary>
    /// <param name="analysis">The analysis of the runs.</param>
    /// <param name="runs">The stored runs, for host facts and warnings.</param>
    /// <param name="options">The title, the plan's failures and the charts to link.</param>
    /// <returns>The Markdown text.</returns>
    public static string Write(RunsAnalysis analysis, IReadOnlyList<RunRecord> runs, MarkdownReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string title = options.Title;
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(runs);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {title}\n\n");
        int runCount = analysis.Summaries.Select(s => (s.Target, s.Runs.Count)).Distinct()
            .GroupBy(p => p.Target).Sum(g => g.Max(p => p.Count));
        text.Append(CultureInfo.InvariantCulture,
            $"{Count(analysis.Targets.Count, "target")}, {Count(runCount, "run")}. ");
        text.Append("Every figure is a mean over runs with its 95 % Student-t interval; comparisons are ratios of " +
            "means with 95 % Fieller intervals, and the words say a direction only when the interval excludes no " +
            "difference.\n\n");

        Headlines(text, analysis);
        foreach (var metric in analysis.Metrics)
        {
            MetricTable(text, analysis, metric);
            if (options.Charts.TryGetValue(metric.Id, out string? chart))
            {
                text.Append(CultureInfo.InvariantCulture, $"![{Capital(metric.Noun)} by target]({chart})\n\n");
            }
        }

        RankingSection(text, analysis);
        Hosts(text, runs);
        Warnings(text, analysis, runs);
        Failures(text, options.Failures, runs);
        return text.ToString();
    }

    private static void Headlines(StringBuilder text, RunsAnalysis analysis)
    {
        if (analysis.Baseline is not { } baseline)
        {
            text.Append("No baseline: name one (for example kubeadm) to compare the targets.\n\n");
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"## Against {baseline}\n\n");
        foreach (string target in analysis.Targets.Where(t => t != baseline))
        {
            var words = analysis.Metrics.Where(m => m.IsHeadline)
                .Select(m => analysis.Comparison(target, m.Id))
                .Where(c => c is not null)
                .Select(c => c!.Verdict is Verdict.NoClearDifference or Verdict.NoRatio or Verdict.NotEnoughRuns
                    ? $"{c.Metric.Noun}: {c.Words}"
                    : c.Words);
            text.Append(CultureInfo.InvariantCulture, $"- **{target}**: {string.Join("; ", words)}.\n");
        }

        text.Append('\n');
    }

    private static void MetricTable(StringBuilder text, RunsAnalysis analysis, MetricDefinition metric)
    {
        text.Append(CultureInfo.InvariantCulture, $"## {Capital(metric.Noun)} (`{metric.Id}`, {metric.Unit})\n\n");
        text.Append("| target | N | mean | 95 % interval | CV | outlying runs | against the baseline | ratio (95 %) " +
            "| Welch p |\n");
        text.Append("|---|---:|---:|---|---:|---|---|---|---:|\n");
        foreach (var row in analysis.Summaries.Where(s => s.Metric.Id == metric.Id))
        {
            var s = row.Summary;
            var c = analysis.Comparison(row.Target, metric.Id);
            string interval = s.ConfidenceLow is null
                ? "undefined"
                : $"{Quantities.Format(s.ConfidenceLow, metric.Unit)} to " +
                  Quantities.Format(s.ConfidenceHigh, metric.Unit);
            string cv = s.CoefficientOfVariation is { } v
                ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %"
                : "undefined";
            string outlying = row.OutlierRuns.Count == 0 ? "none" : string.Join(", ", row.OutlierRuns);
            string against = row.Target == analysis.Baseline ? "(baseline)" : c?.Words ?? "";
            string ratio = c?.Ratio is { } r
                ? r.ToString("0.000", CultureInfo.InvariantCulture) + (c.Interval is { IsBounded: true } i
                    ? $" ({i.Low!.Value.ToString("0.000", CultureInfo.InvariantCulture)}–" +
                      $"{i.High!.Value.ToString("0.000", CultureInfo.InvariantCulture)})"
                    : " (unbounded)")
                : "";
            string p = c?.Welch is { } w ? w.PValue.ToString("G3", CultureInfo.InvariantCulture) : "";
            text.Append(CultureInfo.InvariantCulture,
                $"| {Cell(row.Target)} | {s.Count} | {Quantities.Format(s.Mean, metric.Unit)} | {interval} | {cv} | " +
                $"{outlying} | {Cell(against)} | {ratio} | {p} |\n");
        }

        text.Append('\n');
    }

    private static void RankingSection(StringBuilder text, RunsAnalysis analysis)
    {
        var rankings = analysis.Metrics.Where(m => analysis.Rankings[m.Id].KendallW is not null).ToList();
        if (rankings.Count == 0)
        {
            return;
        }

        text.Append("## Ranking stability\n\n");
        text.Append("| metric | Kendall's W | Friedman p | runs | pairwise (lower in x of N runs) |\n");
        text.Append("|---|---:|---:|---:|---|\n");
        foreach (var metric in rankings)
        {
            var r = analysis.Rankings[metric.Id];
            string pairs = string.Join("; ",
                r.Pairwise.Select(p => $"{p.First} < {p.Second} in {p.FirstBelow} of {p.Runs}"));
            text.Append(CultureInfo.InvariantCulture,
                $"| {metric.Noun} | {r.KendallW!.Value:0.00} | {r.PValue!.Value:G3} | {r.Runs} | {Cell(pairs)} |\n");
        }

        text.Append('\n');
    }

    private static void Hosts(StringBuilder text, IReadOnlyList<RunRecord> runs)
    {
        var hosts = runs.Where(r => r.Footprint is not null)
            .GroupBy(r => r.Target)
            .Select(g => (Target: g.Key, Footprint: g.First().Footprint!,
                Distribution: g.Select(r => r.Distribution).LastOrDefault(d => d is not null)))
            .ToList();
        if (hosts.Count == 0)
        {
            return;
        }

        bool distributions = hosts.Any(h => h.Distribution is not null);
        text.Append("## Hosts\n\n| target | host | OS | kernel | CPUs | memory | source | window |");
        text.Append(distributions ? " distribution |\n" : "\n");
        text.Append("|---|---|---|---|---:|---:|---|---|");
        text.Append(distributions ? "---|\n" : "\n");
        foreach (var (target, f, distribution) in hosts)
        {
            string last = distributions ? $" {Cell(distribution ?? "none")} |" : string.Empty;
            text.Append(CultureInfo.InvariantCulture,
                $"| {Cell(target)} | {Cell(f.Host.Hostname)} | {Cell(f.Host.OperatingSystem)} | " +
                $"{Cell(f.Host.Kernel)} | " +
                $"{f.Host.CpuCount} | {Quantities.Format(f.Host.MemoryTotalBytes, "bytes")} | {f.Source} | " +
                $"{f.Window.Duration.TotalSeconds:0} s every {f.Window.Interval.TotalSeconds:0} s |{last}\n");
        }

        text.Append('\n');
    }

    private static void Warnings(StringBuilder text, RunsAnalysis analysis, IReadOnlyList<RunRecord> runs)
    {
        var warnings = runs.Where(r => r.Footprint is not null)
            .SelectMany(r => r.Footprint!.Warnings.Select(w => (r.Target, r.Run, w.Code, w.Message)))
            .ToList();
        var belowZero = analysis.Summaries
            .Where(s => s.Summary.ConfidenceLow < 0 && s.Metric.Id != MetricCatalog.DiskUsageGrowth.Id)
            .Select(s => $"{s.Target} {s.Metric.Noun}")
            .ToList();
        if (warnings.Count == 0 && analysis.Notes.Count == 0 && belowZero.Count == 0)
        {
            text.Append("## Warnings\n\nNone.\n");
            return;
        }

        text.Append("## Warnings\n\n");
        if (belowZero.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"- Intervals reaching below zero ({string.Join(", ", belowZero)}): ");
            text.Append("the runs spread widely for their number, and the interval is symmetric about the mean " +
                "while the quantity cannot be negative. More runs narrow it.\n");
        }

        foreach (string note in analysis.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {note}\n");
        }

        foreach (var (target, run, code, message) in warnings)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {target}, run {run} ({code}): {message}\n");
        }
    }

    private static void Failures(
        StringBuilder text, IReadOnlyList<FailureRecord> failures, IReadOnlyList<RunRecord> runs)
    {
        if (failures.Count == 0)
        {
            return;
        }

        text.Append("\n## Failures\n\n| target | step | when | error | runs stored then | runs stored now |\n");
        text.Append("|---|---|---|---|---:|---:|\n");
        foreach (var failure in failures)
        {
            int now = runs.Count(r => r.Target == failure.Target);
            text.Append(CultureInfo.InvariantCulture,
                $"| {Cell(failure.Target)} | {Cell(failure.Step)} | {failure.At:yyyy-MM-dd HH:mm:ss}Z | " +
                $"{Cell(failure.Error)}: {Cell(failure.Message)} | {failure.RunsStored} | {now} |\n");
        }

        foreach (var failure in failures.Where(f => !string.IsNullOrWhiteSpace(f.Logs)))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"\n<details><summary>Logs of {WebUtility.HtmlEncode(failure.Target)} ({failure.Step}, ");
            text.Append(CultureInfo.InvariantCulture,
                $"{failure.At:HH:mm:ss}Z)</summary>\n\n<pre>{WebUtility.HtmlEncode(failure.Logs!.TrimEnd())}</pre>\n");
            text.Append("</details>\n");
        }
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
