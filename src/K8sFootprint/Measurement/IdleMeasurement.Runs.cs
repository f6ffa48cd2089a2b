using K8sFootprint.Measurement.Internal;
using K8sFootprint.Nodes;
using K8sFootprint.Statistics;

namespace K8sFootprint.Measurement;

/// <summary>Repeated runs on one node.</summary>
public sealed partial class IdleMeasurement
{
    /// <summary>Measures several windows on one node, one after another, handing each finished run to
    /// <paramref name="runFinished"/> at once so that it can be stored before the next begins.</summary>
    /// <param name="node">The node to measure.</param>
    /// <param name="options">Settle, window, interval and selection of each run.</param>
    /// <param name="runs">How many runs, the pause between them, re-settling and adaptive mode.</param>
    /// <param name="runFinished">Called with each footprint and its run number as soon as it is computed; an
    /// exception stops the series and propagates.</param>
    /// <param name="completed">The values of runs of this node done earlier (from a result store), counted
    /// towards <see cref="RepeatedRunOptions.Runs"/> and used by the adaptive rule; numbering continues after
    /// the highest of their run numbers.</param>
    /// <param name="progress">Receives each run's progress, with its number.</param>
    /// <param name="cancellationToken">Stops the series; finished runs have already been handed over.</param>
    /// <returns>The footprints measured by this call, in order.</returns>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    /// <exception cref="K8sFootprintException">The node or the source failed; earlier runs were handed
    /// over.</exception>
    public async Task<IReadOnlyList<Footprint>> MeasureRunsAsync(
        INodeShell node,
        IdleMeasurementOptions? options = null,
        RepeatedRunOptions? runs = null,
        Func<Footprint, int, CancellationToken, Task>? runFinished = null,
        IReadOnlyList<MetricObservation>? completed = null,
        IProgress<MeasurementProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        options ??= DefaultOptions;
        runs ??= DefaultRuns;
        options.Validate();
        runs.Validate();

        var values = new List<MetricObservation>(completed ?? []);
        int done = values.Select(v => v.Run).Distinct().Count();
        int next = values.Count == 0 ? 1 : values.Max(v => v.Run) + 1;
        var measured = new List<Footprint>();
        while (NeedsAnotherRun(done, runs, values, node.Node))
        {
            if (measured.Count > 0 && runs.Pause > TimeSpan.Zero)
            {
                await WaitAsync(node.Node, MeasurementPhase.Pausing, runs.Pause, options,
                    Numbered(progress, next, runs, done), cancellationToken).ConfigureAwait(false);
            }

            var runOptions = measured.Count == 0 || runs.Resettle ? options : options with { Settle = TimeSpan.Zero };
            var footprint = await MeasureAsync(node, runOptions, Numbered(progress, next, runs, done),
                cancellationToken).ConfigureAwait(false);
            if (runFinished is not null)
            {
                await runFinished(footprint, next, cancellationToken).ConfigureAwait(false);
            }

            measured.Add(footprint);
            values.AddRange(FootprintMetrics.Observations(footprint, node.Node, next));
            _logger.RunFinished(node.Node, next, done + 1);
            done++;
            next++;
        }

        return measured;
    }

    private bool NeedsAnotherRun(int done, RepeatedRunOptions runs, List<MetricObservation> values, string node)
    {
        if (done < runs.Runs)
        {
            return true;
        }

        if (!runs.Adaptive)
        {
            return false;
        }

        var wide = Precision.TooWide(values, runs.TargetPrecision);
        if (wide.Count == 0)
        {
            _logger.PrecisionReached(node, done, runs.TargetPrecision * 100);
            return false;
        }

        if (done >= runs.MaxRuns)
        {
            _logger.RunCapReached(node, done, string.Join(", ", wide));
            return false;
        }

        return true;
    }

    private static NumberedProgress? Numbered(
        IProgress<MeasurementProgress>? progress, int run, RepeatedRunOptions runs, int done) =>
        progress is null
            ? null
            : new NumberedProgress(progress, run, Math.Max(runs.Runs, done + 1));

    /// <summary>Adds the run's number to each report.</summary>
    private sealed class NumberedProgress(IProgress<MeasurementProgress> inner, int run, int planned)
        : IProgress<MeasurementProgress>
    {
        public void Report(MeasurementProgress value) => inner.Report(value with { Run = run, Runs = planned });
    }
}
