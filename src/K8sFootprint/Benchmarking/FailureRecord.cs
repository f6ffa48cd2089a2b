namespace K8sFootprint.Benchmarking;

/// <summary>A failed step of a plan's target, kept in the failure log next to the result store.</summary>
/// <param name="SchemaVersion">The record's schema version.</param>
/// <param name="Target">The target's name.</param>
/// <param name="Step">The step that failed: connect, preflight, install, ready, deploy exporter, measure or
/// reset.</param>
/// <param name="Error">The kind of error (its exception type's name).</param>
/// <param name="Message">The error's message (never a secret: the library's messages carry none).</param>
/// <param name="At">When it failed.</param>
public sealed record FailureRecord(
    int SchemaVersion, string Target, string Step, string Error, string Message, DateTimeOffset At)
{
    /// <summary>The schema version written by this library.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the node's name, when the step reached one.</summary>
    public string? Node { get; init; }

    /// <summary>Gets logs collected from the node for the failure (such as the unit's journal).</summary>
    public string? Logs { get; init; }

    /// <summary>Gets how many runs of the target were stored when it failed.</summary>
    public int RunsStored { get; init; }
}
