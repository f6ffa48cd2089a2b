namespace K8sFootprint.Statistics;

/// <summary>How stable the order of targets on one metric is from run to run. Runs with the same number are
/// ranked together (a block); only run numbers every target has take part.</summary>
/// <param name="Targets">The targets ranked.</param>
/// <param name="Runs">The number of run numbers every target has (blocks).</param>
/// <param name="MeanRanks">Each target's mean rank, 1 for the lowest value; ties share the average rank.</param>
/// <param name="KendallW">Kendall's coefficient of concordance with the tie correction: 1 when every run orders
/// the targets the same way, 0 when the order is random; undefined with fewer than two targets or runs, or
/// when every run is one big tie.</param>
/// <param name="FriedmanChiSquared">Friedman's statistic, runs × (targets − 1) × W.</param>
/// <param name="PValue">Friedman's p-value against χ² with targets − 1 degrees of freedom.</param>
/// <param name="Pairwise">For every pair of targets, in how many runs each was below the other.</param>
public sealed record RankingStability(
    IReadOnlyList<string> Targets,
    int Runs,
    IReadOnlyList<double> MeanRanks,
    double? KendallW,
    double? FriedmanChiSquared,
    double? PValue,
    IReadOnlyList<PairwiseWins> Pairwise);
