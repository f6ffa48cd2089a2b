namespace K8sFootprint;

/// <summary>Something about a run that makes its numbers less certain or less comparable.</summary>
/// <param name="Code">A stable short code, one of <see cref="WarningCodes"/>.</param>
/// <param name="Message">A sentence for people, naming the values involved.</param>
public sealed record MeasurementWarning(string Code, string Message);
