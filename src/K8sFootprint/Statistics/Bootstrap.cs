using MathNet.Numerics.Random;

namespace K8sFootprint.Statistics;

/// <summary>A seeded percentile bootstrap of the ratio of means: a cross-check only, since it is too narrow at
/// three to five runs (METHODOLOGY.md).</summary>
public static class Bootstrap
{
    /// <summary>The default number of resamples.</summary>
    public const int DefaultResamples = 10_000;

    /// <summary>Resamples x and y independently with replacement and takes the 2.5 % and 97.5 % type-7 quantiles
    /// of the resampled ratios of means.</summary>
    /// <param name="x">The candidate's values, at least two.</param>
    /// <param name="y">The baseline's values, at least two.</param>
    /// <param name="seed">The seed of the Mersenne Twister generator: the same seed gives the same interval.</param>
    /// <param name="resamples">How many resamples to draw, at least 100.</param>
    /// <returns>The interval, unbounded when a resampled baseline mean is zero; <see langword="null"/> when
    /// either has fewer than two values.</returns>
    public static RatioInterval? RatioOfMeans(
        IReadOnlyList<double> x, IReadOnlyList<double> y, int seed, int resamples = DefaultResamples)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 100);
        Guard.Finite(x, nameof(x));
        Guard.Finite(y, nameof(y));
        if (x.Count < 2 || y.Count < 2)
        {
            return null;
        }

        var random = new MersenneTwister(seed);
        var ratios = new double[resamples];
        for (int i = 0; i < resamples; i++)
        {
            double baseline = ResampledMean(y, random);
            if (baseline == 0)
            {
                return new RatioInterval(null, null, null, "bootstrap");
            }

            ratios[i] = ResampledMean(x, random) / baseline;
        }

        return new RatioInterval(
            Summaries.Quantile(ratios, 0.025), Summaries.Quantile(ratios, 0.975), null, "bootstrap");
    }

    private static double ResampledMean(IReadOnlyList<double> values, Random random)
    {
        double sum = 0;
        for (int i = 0; i < values.Count; i++)
        {
            sum += values[random.Next(values.Count)];
        }

        return sum / values.Count;
    }
}
