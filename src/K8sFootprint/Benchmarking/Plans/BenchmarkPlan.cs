using K8sFootprint.Measurement;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>A comparison to run unattended: the targets, how many runs of each, the window and where the results
/// go. Build it in code or read it from YAML with <see cref="BenchmarkPlanYaml"/>; <see cref="Validate"/> checks
/// every field before anything runs.</summary>
public sealed record BenchmarkPlan
{
    /// <summary>Gets the plan's name, used as the report's title.</summary>
    public string Name { get; init; } = "Idle footprint";

    /// <summary>Gets the targets: each a host, what to install on it and where the numbers come from.</summary>
    public required IReadOnlyList<PlanTarget> Targets { get; init; }

    /// <summary>Gets how many measured runs each target gets. Default 3.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Gets the idle window of each run. Default one hour.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Gets the sampling interval. Default 15 s.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets the wait between a node being ready and its first window. Default 10 minutes.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets the wait between two runs of one target. Default none.</summary>
    public TimeSpan Pause { get; init; } = TimeSpan.Zero;

    /// <summary>Gets the target every other is compared with; <see langword="null"/> picks kubeadm when it is
    /// among the targets.</summary>
    public string? Baseline { get; init; }

    /// <summary>Gets the folder of <c>results.jsonl</c>, <c>failures.jsonl</c> and the report.</summary>
    public string Output { get; init; } = "results";

    /// <summary>Gets a value indicating whether each distribution is reset after its runs (a target may
    /// override it).</summary>
    public bool Reset { get; init; }

    /// <summary>Gets the longest wait for the node exporter's rollout, when a target deploys it.</summary>
    public TimeSpan DeployTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets the path of the result store in <see cref="Output"/>.</summary>
    public string ResultsPath => Path.Combine(Output, "results.jsonl");

    /// <summary>Gets the path of the failure log in <see cref="Output"/>.</summary>
    public string FailuresPath => Path.Combine(Output, "failures.jsonl");

    /// <summary>The measurement options of each run.</summary>
    /// <returns>Settle, window and interval from the plan.</returns>
    public IdleMeasurementOptions MeasurementOptions() => new()
    {
        Settle = Settle,
        Window = Window,
        Interval = Interval,
    };

    /// <summary>Checks every field.</summary>
    /// <exception cref="BenchmarkPlanException">A field is missing or out of range; the exception names it.</exception>
    public void Validate() => PlanValidation.Validate(this);
}
