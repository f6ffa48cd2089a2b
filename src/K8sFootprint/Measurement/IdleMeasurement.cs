using K8sFootprint.Measurement.Internal;
using K8sFootprint.Nodes;
using K8sFootprint.Sources;
using K8sFootprint.Sources.Proc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sFootprint.Measurement;

/// <summary>
/// The measurement engine: settle, then a window with no contact to the node, then collect and compute one
/// <see cref="Footprint"/>.
/// </summary>
public sealed partial class IdleMeasurement
{
    private readonly IFootprintSource _source;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Gets the options used when a call passes none. Default <see cref="IdleMeasurementOptions"/>'s own
    /// defaults (settle 10 minutes, window one hour, interval 15 s).</summary>
    public IdleMeasurementOptions DefaultOptions { get; init; } = new();

    /// <summary>Gets the repeated-run options used when <see cref="MeasureRunsAsync"/> is given none.</summary>
    public RepeatedRunOptions DefaultRuns { get; init; } = new();

    /// <summary>Initializes a new instance of the <see cref="IdleMeasurement"/> class.</summary>
    /// <param name="source">Where the numbers come from; the /proc recorder when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for every wait; the system clock when <see langword="null"/>.</param>
    /// <param name="logger">Where to log milestones.</param>
    public IdleMeasurement(
        IFootprintSource? source = null, TimeProvider? timeProvider = null, ILogger<IdleMeasurement>? logger = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _source = source ?? new ProcRecorderSource(timeProvider: _timeProvider);
        _logger = logger ?? NullLogger<IdleMeasurement>.Instance;
    }

    /// <summary>Measures one idle window on a node.</summary>
    /// <param name="node">The node to measure.</param>
    /// <param name="options">Settle, window, interval and selection; defaults (10 min settle, 1 h window,
    /// 15 s interval) when <see langword="null"/>.</param>
    /// <param name="progress">Receives a report per phase and about once per progress interval while waiting.</param>
    /// <param name="cancellationToken">Stops the measurement; a started recorder is stopped and its files
    /// removed.</param>
    /// <returns>The footprint of the window.</returns>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    /// <exception cref="K8sFootprintException">The node or the source failed; the message names the step.</exception>
    public async Task<Footprint> MeasureAsync(
        INodeShell node,
        IdleMeasurementOptions? options = null,
        IProgress<MeasurementProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        options ??= DefaultOptions;
        options.Validate();

        var phase = MeasurementPhase.Settling;
        try
        {
            _logger.Settling(node.Node, options.Settle.TotalSeconds);
            await WaitAsync(node.Node, phase, options.Settle, options, progress, cancellationToken)
                .ConfigureAwait(false);

            phase = MeasurementPhase.Starting;
            progress?.Report(new MeasurementProgress(node.Node, phase, TimeSpan.Zero, TimeSpan.Zero));
            var request = new RecordingRequest(options.Window, options.Interval);
            var recording = await _source.StartAsync(node, request, cancellationToken).ConfigureAwait(false);
            await using (recording.ConfigureAwait(false))
            {
                phase = MeasurementPhase.Recording;
                await node.DisconnectAsync(cancellationToken).ConfigureAwait(false);
                _logger.WindowStarted(node.Node, _source.Name, options.Window.TotalSeconds,
                    options.Interval.TotalSeconds);
                var remaining = recording.StartedAt + options.Window - _timeProvider.GetUtcNow();
                await WaitAsync(node.Node, phase, remaining, options, progress, cancellationToken, options.Window)
                    .ConfigureAwait(false);

                phase = MeasurementPhase.Collecting;
                var footprint = await CollectAsync(node.Node, recording, options, progress, cancellationToken)
                    .ConfigureAwait(false);
                if (!options.ScanJournal)
                {
                    return footprint;
                }

                var jobs = await BackgroundJobs.ScanAsync(node, footprint.Window, cancellationToken)
                    .ConfigureAwait(false);
                return jobs.Count == 0 ? footprint : footprint with { Warnings = [.. footprint.Warnings, .. jobs] };
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _logger.MeasurementCancelled(node.Node, phase.ToString());
            throw;
        }
    }

    private async Task<Footprint> CollectAsync(
        string node,
        IFootprintRecording recording,
        IdleMeasurementOptions options,
        IProgress<MeasurementProgress>? progress,
        CancellationToken cancellationToken)
    {
        progress?.Report(new MeasurementProgress(node, MeasurementPhase.Collecting, TimeSpan.Zero, TimeSpan.Zero));
        long started = _timeProvider.GetTimestamp();
        var raw = await recording.CollectAsync(cancellationToken).ConfigureAwait(false);
        var footprint = FootprintCalculator.Calculate(node, raw, options);

        _logger.WindowCollected(node, raw.SampleCount, footprint.Warnings.Count,
            (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds);
        progress?.Report(new MeasurementProgress(node, MeasurementPhase.Done, TimeSpan.Zero, TimeSpan.Zero));
        return footprint;
    }

    /// <summary>Waits for a span of time, reporting progress about once per progress interval.</summary>
    private async Task WaitAsync(
        string node,
        MeasurementPhase phase,
        TimeSpan wait,
        IdleMeasurementOptions options,
        IProgress<MeasurementProgress>? progress,
        CancellationToken cancellationToken,
        TimeSpan? planned = null)
    {
        var total = planned ?? wait;
        var end = _timeProvider.GetUtcNow() + wait;
        while (true)
        {
            var left = end - _timeProvider.GetUtcNow();
            var elapsed = total - Max(left, TimeSpan.Zero);
            progress?.Report(new MeasurementProgress(node, phase, Max(elapsed, TimeSpan.Zero), total));
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            var step = left < options.ProgressInterval ? left : options.ProgressInterval;
            await Task.Delay(step, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
