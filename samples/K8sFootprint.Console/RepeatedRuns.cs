using System.Globalization;
using K8sFootprint.Benchmarking;
using K8sFootprint.ConsoleApp.Rendering;
using K8sFootprint.Statistics;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp;

/// <summary><c>measure --runs N</c>: measures the runs still missing for the target, stores each one as soon as
/// it finishes, then prints the target's summary across all its stored runs.</summary>
internal static class RepeatedRuns
{
    public static async Task<int> RunAsync(
        MeasureTarget target, Repetition repetition, string? name, CancellationToken cancellationToken)
    {
        using var store = new ResultStore(repetition.ResultsPath);
        ResultStoreContents existing;
        try
        {
            store.LockForWriting();
            existing = await store.ReadAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            MeasureCommand.Diagnostics.MarkupLineInterpolated(
                CultureInfo.InvariantCulture, $"[red]Error:[/] {ex.Message}");
            return MeasureCommand.BadInput;
        }

        Warn(existing.Problems);

        string? stored = await MeasureCommand.MeasureAsync(target, async (measurement, shell, progress) =>
        {
            string label = name ?? shell.Node;
            var stored = existing.RunsOf(label);
            if (stored.FirstOrDefault(r => r.Footprint is { } f
                && Math.Abs((f.Window.Duration - target.Options.Window).TotalSeconds) > 1) is { Footprint: { } other })
            {
                throw new ArgumentException(
                    $"The runs of '{label}' in {repetition.ResultsPath} have " +
                    $"{other.Window.Duration.TotalSeconds:0.#} s " +
                    $"windows; this one would be {target.Options.Window.TotalSeconds:0.#} s, and totals over windows " +
                    "of different lengths do not compare. Use the same --window, another --name or another --results.");
            }

            var completed = stored.SelectMany(r => r.Observations()).ToList();
            int done = stored.Count;
            if (done > 0)
            {
                Note($"{done} run(s) of '{label}' are already in {repetition.ResultsPath}; they count.");
            }

            if (done >= repetition.Runs.Runs && !repetition.Runs.Adaptive)
            {
                Note($"Nothing to measure: '{label}' has {done} of the {repetition.Runs.Runs} runs asked for.");
            }

            await measurement.MeasureRunsAsync(shell, target.Options, repetition.Runs,
                async (footprint, run, ct) =>
                {
                    await store.AppendAsync(label, run, footprint, ct);
                    Note($"Stored run {run} of '{label}' in {repetition.ResultsPath}.");
                },
                completed, progress, cancellationToken);
            return label;
        }, cancellationToken);

        if (stored is null)
        {
            Note($"Every run that finished is in {repetition.ResultsPath}; run the same command again to resume.");
            return cancellationToken.IsCancellationRequested ? MeasureCommand.Cancelled : MeasureCommand.Failed;
        }

        var contents = await store.ReadAsync(CancellationToken.None);
        SummaryTables.Write(RunsAnalyzer.Analyze(contents.RunsOf(stored).SelectMany(r => r.Observations())));
        return 0;
    }

    private static void Warn(IEnumerable<StoreProblem> problems)
    {
        foreach (var problem in problems)
        {
            MeasureCommand.Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[yellow]Warning:[/] {problem.Message}");
        }
    }

    private static void Note(string message) =>
        MeasureCommand.Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{message}");
}
