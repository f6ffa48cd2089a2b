using System.Globalization;
using K8sFootprint.Benchmarking;
using K8sFootprint.Benchmarking.Plans;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp.Rendering;

/// <summary>Shows a plan's progress: a live table of targets on a terminal (phase, run i of N, window countdown),
/// a line per phase change and stored run otherwise.</summary>
internal static class PlanProgressDisplay
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(500);

    public static async Task<BenchmarkOutcome> RunAsync(
        BenchmarkPlan plan,
        Func<IProgress<BenchmarkProgress>, Task<BenchmarkOutcome>> run,
        CancellationToken cancellationToken)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await run(new PlainProgress());
        }

        var state = new LatestProgress(plan);
        var table = state.Render();
        BenchmarkOutcome? outcome = null;
        await AnsiConsole.Live(table).StartAsync(async live =>
        {
            var running = run(state);
            while (!running.IsCompleted)
            {
                live.UpdateTarget(state.Render());
                await Task.WhenAny(running,
                    Task.Delay(RefreshEvery, TimeProvider.System, cancellationToken)).ConfigureAwait(false);
            }

            live.UpdateTarget(state.Render());
            outcome = await running;
        });
        return outcome!;
    }

    public static void WriteOutcome(BenchmarkOutcome outcome)
    {
        var table = new Table().AddColumns("target", "outcome", "runs stored", "measured now", "failed step");
        foreach (var target in outcome.Targets)
        {
            table.AddRow(Markup.Escape(target.Target), target.Status.ToString(),
                target.RunsStored.ToString(CultureInfo.InvariantCulture),
                target.RunsMeasured.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(target.Failure is { } f ? $"{f.Step}: {f.Message}" : string.Empty));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"Finished in {Units.Seconds(outcome.Elapsed)}.");
    }

    /// <summary>Keeps the latest event of every target for the live table.</summary>
    private sealed class LatestProgress(BenchmarkPlan plan) : IProgress<BenchmarkProgress>
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, BenchmarkProgress> _latest = new(StringComparer.Ordinal);

        public void Report(BenchmarkProgress value)
        {
            lock (_gate)
            {
                _latest[value.Target] = value;
            }
        }

        public Table Render()
        {
            var table = new Table().AddColumns("target", "host", "phase", "run", "remaining", "note");
            lock (_gate)
            {
                foreach (var target in plan.Targets)
                {
                    var latest = _latest.GetValueOrDefault(target.Name);
                    table.AddRow(Markup.Escape(target.Name), Markup.Escape(target.Host.Key),
                        Phase(latest), Run(latest), Remaining(latest), Markup.Escape(latest?.Message ?? string.Empty));
                }
            }

            return table;
        }
    }

    /// <summary>Writes a line for each phase change, run change and stored run.</summary>
    private sealed class PlainProgress : IProgress<BenchmarkProgress>
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, string> _last = new(StringComparer.Ordinal);

        public void Report(BenchmarkProgress value)
        {
            string key = $"{Phase(value)} {Run(value)} {value.Message}";
            lock (_gate)
            {
                if (_last.GetValueOrDefault(value.Target) == key)
                {
                    return;
                }

                _last[value.Target] = key;
                string note = value.Message is null ? string.Empty : $": {value.Message}";
                Console.Error.WriteLine($"[{value.Target}] {Phase(value)} {Run(value)}{note}".TrimEnd());
            }
        }
    }

    private static string Phase(BenchmarkProgress? progress) => progress switch
    {
        null => "Queued",
        { Measurement: { } run } => run.Phase.ToString(),
        _ => progress.Phase.ToString(),
    };

    private static string Run(BenchmarkProgress? progress) => progress switch
    {
        { Measurement.Run: { } run } => $"run {run} of {progress.RunsPlanned}",
        { RunsPlanned: > 0 } => $"{progress.RunsStored} of {progress.RunsPlanned} stored",
        _ => string.Empty,
    };

    private static string Remaining(BenchmarkProgress? progress) =>
        progress?.Measurement is { Duration.Ticks: > 0 } run ? Units.Seconds(run.Remaining) : string.Empty;
}
