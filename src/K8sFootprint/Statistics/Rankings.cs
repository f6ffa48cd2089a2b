using MathNet.Numerics;
using MathNet.Numerics.Statistics;

namespace K8sFootprint.Statistics;

/// <summary>Ranking stability across runs: Kendall's W with the Friedman p-value, and pairwise wins.</summary>
public static class Rankings
{
    /// <summary>Ranks the targets within every run number they all have.</summary>
    /// <param name="values">Per target, its values by run number.</param>
    /// <returns>The stability figures; W and p are undefined with fewer than two targets or two shared
    /// runs.</returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static RankingStability Assess(IReadOnlyDictionary<string, IReadOnlyDictionary<int, double>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string[] targets = [.. values.Keys.Order(StringComparer.Ordinal)];
        foreach (string target in targets)
        {
            Guard.Finite([.. values[target].Values], target);
        }

        int[] runs = targets.Length == 0
            ? []
            : [.. targets.Select(t => values[t].Keys).Aggregate((a, b) => a.Intersect(b)).Order()];
        double[][] ranks = [.. runs.Select(run => targets.Select(t => values[t][run]).ToArray().Ranks())];

        double[] meanRanks = runs.Length == 0
            ? [.. targets.Select(_ => double.NaN)]
            : [.. Enumerable.Range(0, targets.Length).Select(j => ranks.Average(r => r[j]))];
        var pairwise = Pairs(targets, runs, values);
        if (targets.Length < 2 || runs.Length < 2)
        {
            return new RankingStability(targets, runs.Length, meanRanks, null, null, null, pairwise);
        }

        var (w, chiSquared) = Concordance(ranks, targets.Length);
        double? p = chiSquared is { } chi
            ? SpecialFunctions.GammaUpperRegularized((targets.Length - 1) / 2.0, chi / 2)
            : null;
        return new RankingStability(targets, runs.Length, meanRanks, w, chiSquared, p, pairwise);
    }

    /// <summary>Kendall's W with the tie correction, and Friedman's statistic m (k − 1) W.</summary>
    private static (double? W, double? ChiSquared) Concordance(double[][] ranks, int k)
    {
        int m = ranks.Length;
        double rankSumSquares = Enumerable.Range(0, k).Sum(j => Math.Pow(ranks.Sum(r => r[j]), 2));
        double spread = (12 * rankSumSquares) - (3.0 * m * m * k * (k + 1) * (k + 1));
        double ties = ranks.Sum(r => r.GroupBy(v => v).Sum(g => Math.Pow(g.Count(), 3) - g.Count()));
        double denominator = ((double)m * m * ((double)k * k * k - k)) - (m * ties);
        if (denominator <= 0)
        {
            return (null, null);
        }

        double w = Math.Clamp(spread / denominator, 0, 1);
        return (w, m * (k - 1) * w);
    }

    private static PairwiseWins[] Pairs(
        string[] targets, int[] runs, IReadOnlyDictionary<string, IReadOnlyDictionary<int, double>> values)
    {
        var pairs = new List<PairwiseWins>();
        for (int i = 0; i < targets.Length; i++)
        {
            for (int j = i + 1; j < targets.Length; j++)
            {
                var a = values[targets[i]];
                var b = values[targets[j]];
                int aBelow = runs.Count(run => a[run] < b[run]);
                int bBelow = runs.Count(run => b[run] < a[run]);
                pairs.Add(new PairwiseWins(targets[i], targets[j], aBelow, bBelow, runs.Length));
            }
        }

        return [.. pairs];
    }
}
