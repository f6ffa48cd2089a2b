using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.Distros;
using K8sFootprint.Measurement;
using K8sFootprint.Nodes;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Benchmarking.Internal;

/// <summary>One target's steps, from connecting to resetting; a failed step is logged and ends the target.</summary>
internal sealed class TargetRun(RunContext context, PlanTarget target)
{
    private readonly ILogger _logger = context.Loggers.CreateLogger<BenchmarkRunner>();

    private BenchmarkPhase _phase = BenchmarkPhase.Connecting;
    private int _stored = context.Existing.RunsOf(target.Name).Count;
    private int _measured;
    private string? _node;
    private string? _distribution;

    private BenchmarkPlan Plan => context.Plan;

    public async Task<TargetOutcome> RunAsync(CancellationToken cancellationToken)
    {
        if (_stored >= Plan.Runs)
        {
            Enter(BenchmarkPhase.AlreadyComplete, $"{_stored} run(s) already stored");
            return new TargetOutcome(target.Name, TargetStatus.AlreadyComplete, _stored, 0);
        }

        IDistroInstaller? installer = null;
        INodeShell? node = null;
        try
        {
            Enter(BenchmarkPhase.Connecting);
            node = await PlanConnections.ConnectAsync(target.Host, context, cancellationToken).ConfigureAwait(false);
            _node = node.Node;
            installer = target.Distro is null ? null : PlanConnections.Installer(target, context);
            if (installer is not null)
            {
                await InstallAsync(installer, node, cancellationToken).ConfigureAwait(false);
            }

            Enter(BenchmarkPhase.Measuring);
            await MeasureAsync(node, cancellationToken).ConfigureAwait(false);
            if (installer is not null && (target.Reset ?? Plan.Reset))
            {
                Enter(BenchmarkPhase.Resetting);
                await installer.ResetAsync(node, cancellationToken).ConfigureAwait(false);
            }

            Enter(BenchmarkPhase.Completed);
            return new TargetOutcome(target.Name, TargetStatus.Completed, _stored, _measured);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = await RecordAsync(ex).ConfigureAwait(false);
            await ResetAfterFailureAsync(installer, node, cancellationToken).ConfigureAwait(false);
            return new TargetOutcome(target.Name, TargetStatus.Failed, _stored, _measured, failure);
        }
        finally
        {
            if (node is not null)
            {
                await node.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task InstallAsync(IDistroInstaller installer, INodeShell node, CancellationToken cancellationToken)
    {
        Enter(BenchmarkPhase.Preflight);
        var preflight = await installer.PreflightAsync(node, target.Install, cancellationToken).ConfigureAwait(false);
        if (target.Preflight == PreflightPolicy.Enforce)
        {
            preflight.EnsurePassed();
        }
        else if (!preflight.Passed)
        {
            string failed = string.Join("; ", preflight.Checks.Where(c => c.Outcome == PreflightOutcome.Fail)
                .Select(c => c.Name));
            _logger.PreflightIgnored(target.Name, failed);
            Report(BenchmarkPhase.Preflight, $"preflight failed ({failed}); going on as the plan asks");
        }

        Enter(BenchmarkPhase.Installing);
        await installer.InstallAsync(node, target.Install, new Messages(this), cancellationToken)
            .ConfigureAwait(false);

        Enter(BenchmarkPhase.WaitingReady);
        await installer.WaitUntilReadyAsync(node, target.Install.ReadyTimeout, cancellationToken)
            .ConfigureAwait(false);
        string? version = await installer.GetInstalledVersionAsync(node, cancellationToken).ConfigureAwait(false);
        _distribution = $"{installer.DisplayName} {version ?? "(version unknown)"}";

        if (target.Source.Deploy)
        {
            Enter(BenchmarkPhase.DeployingExporter);
            await installer.DeployNodeExporterAsync(node, Plan.DeployTimeout, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private async Task MeasureAsync(INodeShell node, CancellationToken cancellationToken)
    {
        var source = PlanConnections.Source(target, context);
        var measurement = new IdleMeasurement(source, context.TimeProvider,
            context.Loggers.CreateLogger<IdleMeasurement>());
        var completed = context.Existing.RunsOf(target.Name).SelectMany(r => r.Observations()).ToList();
        var runs = new RepeatedRunOptions { Runs = Plan.Runs, Pause = Plan.Pause };
        await measurement.MeasureRunsAsync(node, Plan.MeasurementOptions(), runs,
            async (footprint, run, ct) =>
            {
                var record = RunRecord.FromFootprint(target.Name, run, footprint, context.TimeProvider.GetUtcNow())
                    with { Distribution = _distribution };
                await context.Store.AppendAsync(record, ct).ConfigureAwait(false);
                _stored++;
                _measured++;
                Report(BenchmarkPhase.Measuring, $"stored run {run}");
            },
            completed, new MeasurementProgressRelay(this), cancellationToken).ConfigureAwait(false);
    }

    private async Task<FailureRecord> RecordAsync(Exception ex)
    {
        string step = Step(_phase);
        var failure = new FailureRecord(FailureRecord.CurrentSchemaVersion, target.Name, step, ex.GetType().Name,
            ex.Message, context.TimeProvider.GetUtcNow())
        {
            Node = _node,
            Logs = ex is DistroInstallException { Logs.Length: > 0 } install ? install.Logs : null,
            RunsStored = _stored,
        };
        _logger.TargetFailed(target.Name, step, ex.Message);
        try
        {
            await context.Failures.AppendAsync(failure, CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException io)
        {
            _logger.TargetFailed(target.Name, "log the failure", io.Message);
        }

        Report(BenchmarkPhase.Failed, $"{step}: {ex.Message}");
        return failure;
    }

    private async Task ResetAfterFailureAsync(
        IDistroInstaller? installer, INodeShell? node, CancellationToken cancellationToken)
    {
        if (installer is null || node is null || !(target.Reset ?? Plan.Reset) || _phase < BenchmarkPhase.Installing)
        {
            return;
        }

        try
        {
            await installer.ResetAsync(node, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.ResetAfterFailureFailed(target.Name, ex.Message);
        }
    }

    private static string Step(BenchmarkPhase phase) => phase switch
    {
        BenchmarkPhase.Connecting => "connect",
        BenchmarkPhase.Preflight => "preflight",
        BenchmarkPhase.Installing => "install",
        BenchmarkPhase.WaitingReady => "wait until ready",
        BenchmarkPhase.DeployingExporter => "deploy node exporter",
        BenchmarkPhase.Measuring => "measure",
        BenchmarkPhase.Resetting => "reset",
        _ => "plan",
    };

    private void Enter(BenchmarkPhase phase, string? message = null)
    {
        _phase = phase;
        _logger.TargetPhase(target.Name, phase);
        Report(phase, message);
    }

    private void Report(BenchmarkPhase phase, string? message, MeasurementProgress? measurement = null) =>
        context.Report(new BenchmarkProgress(target.Name, phase)
        {
            RunsStored = _stored,
            RunsPlanned = Plan.Runs,
            Measurement = measurement,
            Message = message,
        });

    /// <summary>Passes an installer's messages on as progress.</summary>
    private sealed class Messages(TargetRun run) : IProgress<string>
    {
        public void Report(string value) => run.Report(run._phase, value);
    }

    /// <summary>Passes each run's progress on, with the target's name.</summary>
    private sealed class MeasurementProgressRelay(TargetRun run) : IProgress<MeasurementProgress>
    {
        public void Report(MeasurementProgress value) => run.Report(BenchmarkPhase.Measuring, null, value);
    }
}
