using K8sFootprint.Measurement;

namespace K8sFootprint.ConsoleApp;

/// <summary>How many runs <c>measure</c> makes and where it stores them.</summary>
internal sealed record Repetition(RepeatedRunOptions Runs, string ResultsPath);
