using K8sFootprint.Measurement;

namespace K8sFootprint.Benchmarking;

/// <summary>A target of a plan changed phase or advanced in its window.</summary>
/// <param name="Target">The target's name.</param>
/// <param name="Phase">Where it is.</param>
public sealed record BenchmarkProgress(string Target, BenchmarkPhase Phase)
{
    /// <summary>Gets how many runs of the target are in the result store.</summary>
    public int RunsStored { get; init; }

    /// <summary>Gets how many runs the plan asks for.</summary>
    public int RunsPlanned { get; init; }

    /// <summary>Gets the run's own progress while <see cref="Phase"/> is <see cref="BenchmarkPhase.Measuring"/>:
    /// settling, window or pause, with the run's number and the time remaining.</summary>
    public MeasurementProgress? Measurement { get; init; }

    /// <summary>Gets a line from the step, such as an installer's message or the failure's.</summary>
    public string? Message { get; init; }
}
