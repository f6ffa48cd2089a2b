using K8sFootprint.Measurement;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp.Rendering;

/// <summary>Shows a measurement's progress: a live bar on a terminal, a line every few seconds otherwise.</summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(10);

    public static Task<T> RunAsync<T>(Func<IProgress<MeasurementProgress>, Task<T>> measure)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return measure(new PlainProgress());
        }

        return AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Starting", maxValue: 1);
                var progress = new Progress<MeasurementProgress>(p => Update(task, p));
                return await measure(progress);
            });
    }

    private static void Update(ProgressTask task, MeasurementProgress progress)
    {
        string run = progress.Run is { } number ? $" run {number} of {progress.Runs}" : string.Empty;
        task.Description = $"{progress.Phase} {progress.Node}{run}";
        task.MaxValue = Math.Max(progress.Duration.TotalSeconds, 1);
        task.Value = progress.Duration > TimeSpan.Zero ? progress.Elapsed.TotalSeconds : task.MaxValue;
    }

    /// <summary>Writes phase changes and, within a phase, one line per ten seconds.</summary>
    private sealed class PlainProgress : IProgress<MeasurementProgress>
    {
        private MeasurementPhase? _phase;
        private TimeSpan _lastElapsed;
        private int? _run;

        public void Report(MeasurementProgress value)
        {
            bool newPhase = value.Phase != _phase || value.Run != _run;
            if (!newPhase && value.Elapsed - _lastElapsed < PlainEvery && value.Remaining > TimeSpan.Zero)
            {
                return;
            }

            _phase = value.Phase;
            _run = value.Run;
            _lastElapsed = value.Elapsed;
            string remaining = value.Duration > TimeSpan.Zero
                ? $", {Units.Seconds(value.Remaining)} left"
                : string.Empty;
            string run = value.Run is { } number ? $" run {number} of {value.Runs}" : string.Empty;
            Console.Error.WriteLine(
                $"[{value.Phase}] {value.Node}{run}: {Units.Seconds(value.Elapsed)}{remaining}");
        }
    }
}
