using K8sFootprint.Benchmarking.Internal;
using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.Distros;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sFootprint.Benchmarking;

/// <summary>Runs a <see cref="BenchmarkPlan"/> unattended: targets on different hosts at once, targets on one host
/// one after another; per target connect, preflight, install, wait until ready, deploy the node exporter when the
/// source needs it, settle, measure the runs still missing and reset when asked. Each finished run is appended to
/// the result store at once and each failed step to the failure log, and the rest of the plan goes on. Running the
/// same plan again resumes: targets with every run stored are skipped, the others measure only what is
/// missing.</summary>
public sealed class BenchmarkRunner
{
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly HttpClient? _http;
    private readonly Func<PlanTarget, IDistroInstaller>? _installers;

    /// <summary>Initializes a new instance of the <see cref="BenchmarkRunner"/> class.</summary>
    /// <param name="timeProvider">The clock for every wait; the system clock when <see langword="null"/>.</param>
    /// <param name="loggers">Where the runner, installers, sources and shells log.</param>
    /// <param name="http">The client for Prometheus and node-exporter sources; one is made per run of a plan when
    /// <see langword="null"/>.</param>
    /// <param name="installers">Makes the installer of a target; default the library's installer of its
    /// distribution.</param>
    public BenchmarkRunner(
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggers = null,
        HttpClient? http = null,
        Func<PlanTarget, IDistroInstaller>? installers = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _loggers = loggers ?? NullLoggerFactory.Instance;
        _logger = _loggers.CreateLogger<BenchmarkRunner>();
        _http = http;
        _installers = installers;
    }

    /// <summary>Runs the plan.</summary>
    /// <param name="plan">The plan; validated first.</param>
    /// <param name="progress">Receives every phase of every target and each run's progress.</param>
    /// <param name="cancellationToken">Stops the plan; stored runs and logged failures stay.</param>
    /// <returns>Each target's outcome.</returns>
    /// <exception cref="BenchmarkPlanException">The plan is malformed; nothing ran.</exception>
    /// <exception cref="IOException">The output folder or the result store could not be used; nothing
    /// ran.</exception>
    /// <exception cref="OperationCanceledException">The plan was cancelled.</exception>
    public async Task<BenchmarkOutcome> RunAsync(
        BenchmarkPlan plan,
        IProgress<BenchmarkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.Validate();
        long started = _timeProvider.GetTimestamp();
        try
        {
            Directory.CreateDirectory(plan.Output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The plan's output folder '{plan.Output}' could not be made: {ex.Message}", ex);
        }

        if (!ResultStore.IsResultStore(plan.ResultsPath))
        {
            throw new IOException(
                $"'{Path.GetFullPath(plan.ResultsPath)}' is not a result store (its first line is not a run record); " +
                "expected a results.jsonl written by a plan or 'measure --runs', or no file. Nothing was measured.");
        }

        using var store = new ResultStore(plan.ResultsPath, _timeProvider, _loggers.CreateLogger<ResultStore>());
        store.LockForWriting();
        var existing = await store.ReadAsync(cancellationToken).ConfigureAwait(false);
        EnsureSameWindows(plan, existing);
        var failures = new FailureLog(plan.FailuresPath);
        using var ownHttp = _http is null ? new HttpClient() : null;
        var context = new RunContext(plan, store, existing, failures, _http ?? ownHttp!, _timeProvider, _loggers,
            _installers, progress);
        _logger.PlanStarted(plan.Name, plan.Targets.Count, plan.Targets.Select(t => t.Host.Key).Distinct().Count());

        var hosts = plan.Targets.GroupBy(t => t.Host.Key).Select(host => RunHostAsync(context, [.. host],
            cancellationToken));
        var outcomes = (await Task.WhenAll(hosts).ConfigureAwait(false)).SelectMany(o => o)
            .ToDictionary(o => o.Target, StringComparer.Ordinal);
        var elapsed = _timeProvider.GetElapsedTime(started);
        _logger.PlanFinished(plan.Name, outcomes.Values.Count(o => o.Status != TargetStatus.Failed),
            plan.Targets.Count, elapsed);
        return new BenchmarkOutcome([.. plan.Targets.Select(t => outcomes[t.Name])], elapsed);
    }

    private static void EnsureSameWindows(BenchmarkPlan plan, ResultStoreContents existing)
    {
        foreach (var target in plan.Targets)
        {
            var other = existing.RunsOf(target.Name).Select(r => r.Footprint)
                .FirstOrDefault(f => f is not null && Math.Abs((f.Window.Duration - plan.Window).TotalSeconds) > 1);
            if (other is not null)
            {
                throw BenchmarkPlanException.For("window",
                    $"the stored runs of '{target.Name}' in '{plan.ResultsPath}' have " +
                    $"{DurationText.Format(other.Window.Duration)} windows and the plan's are " +
                    $"{DurationText.Format(plan.Window)}; totals over windows of different lengths do not compare. " +
                    "Keep the window, rename the target or use another output folder. Nothing was measured.");
            }
        }
    }

    private static async Task<IReadOnlyList<TargetOutcome>> RunHostAsync(
        RunContext context, IReadOnlyList<PlanTarget> targets, CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var target in targets.Skip(1))
        {
            context.Report(new BenchmarkProgress(target.Name, BenchmarkPhase.Queued)
            {
                RunsStored = context.Existing.RunsOf(target.Name).Count,
                RunsPlanned = context.Plan.Runs,
            });
        }

        var outcomes = new List<TargetOutcome>();
        foreach (var target in targets)
        {
            outcomes.Add(await new TargetRun(context, target).RunAsync(cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }
}
