namespace K8sFootprint.Distros;

/// <summary>One preflight check.</summary>
/// <param name="Name">What was checked, for example <c>memory</c>.</param>
/// <param name="Outcome">The result.</param>
/// <param name="Detail">What was found and what was expected.</param>
public sealed record PreflightCheck(string Name, PreflightOutcome Outcome, string Detail);
