namespace K8sFootprint.Statistics;

/// <summary>How often one target came out below another in the same run: "A below B in x of N runs".</summary>
/// <param name="First">One target.</param>
/// <param name="Second">The other target.</param>
/// <param name="FirstBelow">Runs in which <paramref name="First"/> had the lower value.</param>
/// <param name="SecondBelow">Runs in which <paramref name="Second"/> had the lower value.</param>
/// <param name="Runs">Runs both have; the rest of them were ties.</param>
public sealed record PairwiseWins(string First, string Second, int FirstBelow, int SecondBelow, int Runs);
