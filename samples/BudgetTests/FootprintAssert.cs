using System.Globalization;
using System.Text;
using K8sFootprint.Benchmarking;
using K8sFootprint.Measurement;
using K8sFootprint.Statistics;

namespace BudgetTests;

/// <summary>Assertions that an idle footprint stays within its budgets. A failure lists every budget with the
/// measured value, marks the ones exceeded and prints the run's warnings, so that a disturbed window can be told
/// apart from a real regression.</summary>
public static class FootprintAssert
{
    /// <summary>Asserts that one run stays within every budget.</summary>
    /// <param name="footprint">The run.</param>
    /// <param name="budgets">The budgets; a metric the window could not give fails its budget.</param>
    /// <exception cref="Xunit.Sdk.FailException">A budget is exceeded or its metric is undefined.</exception>
    public static void Within(Footprint footprint, params Budget[] budgets)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        ArgumentNullException.ThrowIfNull(budgets);
        var checks = budgets.Select(b => new Check(b, b.Measure(footprint), null)).ToList();
        if (checks.TrueForAll(c => c.Passed))
        {
            return;
        }

        var window = footprint.Window;
        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture,
            $"{Exceeded(checks)} on node '{footprint.Node}' ({footprint.Source}, ")
            .Append(CultureInfo.InvariantCulture,
                $"{window.Duration.TotalSeconds:0.#} s window from {window.Start.UtcDateTime:u}):")
            .AppendLine();
        AppendChecks(message, checks, "measured");
        AppendList(message, "Warnings", [.. footprint.Warnings.Select(w => $"{w.Code}: {w.Message}")]);
        Assert.Fail(message.ToString().TrimEnd());
    }

    /// <summary>Asserts that the mean over a target's stored runs stays within every budget.</summary>
    /// <param name="store">The result store's contents, as <see cref="ResultStore.ReadAsync"/> returns them.</param>
    /// <param name="target">The target whose runs are averaged.</param>
    /// <param name="budgets">The budgets; per-hour budgets need each run's window, which runs imported from
    /// elsewhere lack.</param>
    /// <exception cref="Xunit.Sdk.FailException">The store has no runs of the target, a mean exceeds its budget,
    /// or a per-hour budget meets a run without a window.</exception>
    public static void MeanWithin(ResultStoreContents store, string target, params Budget[] budgets)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(budgets);
        var runs = store.RunsOf(target);
        if (runs.Count == 0)
        {
            string stored = string.Join(", ", store.Runs.Select(r => $"'{r.Target}'").Distinct());
            Assert.Fail(
                $"The result store has no runs of '{target}'; it holds {(stored.Length > 0 ? stored : "none")}.");
            return;
        }

        var totals = RunsAnalyzer.Analyze(runs.SelectMany(r => r.Observations()));
        var hourly = budgets.Any(b => b.PerHour) ? RunsAnalyzer.Analyze(runs.SelectMany(PerHour)) : null;
        var checks = budgets
            .Select(b => (Budget: b, Summary: (b.PerHour ? hourly! : totals).Summary(target, b.Metric.Id)?.Summary))
            .Select(p => new Check(p.Budget, p.Summary?.Mean, p.Summary))
            .ToList();
        if (checks.TrueForAll(c => c.Passed))
        {
            return;
        }

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture,
            $"{Exceeded(checks)} by the mean of '{target}' over {runs.Count} stored runs:").AppendLine();
        AppendChecks(message, checks, "mean");
        AppendList(message, "Warnings", [.. runs.SelectMany(RunWarnings)]);
        AppendList(message, "Notes",
            [.. totals.Notes, .. store.Problems.Select(p => $"skipped: {p.Message}")]);
        Assert.Fail(message.ToString().TrimEnd());
    }

    private static IEnumerable<string> RunWarnings(RunRecord run) =>
        (run.Footprint?.Warnings ?? []).Select(w => $"run {run.Run}, {w.Code}: {w.Message}");

    // Every metric of the run becomes a rate; only the per-hour budgets read them.
    private static IEnumerable<MetricObservation> PerHour(RunRecord run)
    {
        if (run.Footprint is not { } footprint)
        {
            Assert.Fail($"Run {run.Run} of '{run.Target}' was imported without its window; a per-hour budget " +
                "needs runs measured with this library.");
            return [];
        }

        return run.Observations().Select(o => o with { Value = Budget.PerHourOf(o.Value, footprint.Window.Duration) });
    }

    private static string Exceeded(List<Check> checks) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{checks.Count(c => !c.Passed)} of {checks.Count} footprint budgets exceeded");

    private static void AppendChecks(StringBuilder message, List<Check> checks, string measured)
    {
        foreach (var check in checks)
        {
            var budget = check.Budget;
            message.Append(check.Passed ? "  ok    " : "  OVER  ")
                .Append(CultureInfo.InvariantCulture, $"{budget.Metric.Noun}: {measured} {budget.Format(check.Value)}");
            if (check.Summary is { ConfidenceLow: { } low, ConfidenceHigh: { } high })
            {
                message.Append(CultureInfo.InvariantCulture,
                    $" (95 % interval {budget.Format(low)} to {budget.Format(high)})");
            }

            message.Append(CultureInfo.InvariantCulture, $", budget at most {budget.Format(budget.Limit)}");
            if (check.Value is { } value && budget.Limit > 0)
            {
                message.Append(CultureInfo.InvariantCulture, $" ({value / budget.Limit:P0} of the budget)");
            }

            message.AppendLine();
        }
    }

    private static void AppendList(StringBuilder message, string title, List<string> lines)
    {
        if (lines.Count == 0)
        {
            message.Append(CultureInfo.InvariantCulture, $"{title}: none").AppendLine();
            return;
        }

        message.Append(CultureInfo.InvariantCulture, $"{title} ({lines.Count}):").AppendLine();
        foreach (string line in lines)
        {
            message.Append("  ").AppendLine(line);
        }
    }

    private sealed record Check(Budget Budget, double? Value, MetricSummary? Summary)
    {
        public bool Passed => Value is { } value && value <= Budget.Limit;
    }
}
