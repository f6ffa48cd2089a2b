namespace K8sFootprint.Benchmarking;

/// <summary>A line of a result store that was skipped, and why. Nothing else in the store is affected.</summary>
/// <param name="Line">The line's number, from 1.</param>
/// <param name="Kind">What was wrong.</param>
/// <param name="Message">The details, naming the file and line.</param>
public sealed record StoreProblem(int Line, StoreProblemKind Kind, string Message);
