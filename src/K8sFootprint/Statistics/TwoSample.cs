using MathNet.Numerics;

namespace K8sFootprint.Statistics;

/// <summary>Two-sample figures for a candidate x against a baseline y: Welch's test and Fieller's interval for
/// the ratio of means (METHODOLOGY.md, "Across runs"; definitions in data/statistics-cases.md).</summary>
public static class TwoSample
{
    /// <summary>Welch's t-test of x against y.</summary>
    /// <param name="x">The candidate's values, at least two.</param>
    /// <param name="y">The baseline's values, at least two.</param>
    /// <returns>The test, or <see langword="null"/> when either has fewer than two values or both are the same
    /// constant (no difference to test).</returns>
    public static WelchTest? Welch(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (Scaled.Of(x, y) is not var (mx, my, scale))
        {
            return null;
        }

        double a = mx.VarianceOfMean, b = my.VarianceOfMean;
        double difference = mx.Mean - my.Mean;
        if (a + b == 0)
        {
            return difference == 0
                ? null
                : new WelchTest(
                    difference > 0 ? double.PositiveInfinity : double.NegativeInfinity,
                    double.PositiveInfinity, 0, difference * scale, difference * scale);
        }

        double se = Math.Sqrt(a + b);
        double t = difference / se;
        double df = (a + b) * (a + b) / ((a * a / (mx.Count - 1)) + (b * b / (my.Count - 1)));
        double p = SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + (t * t)));
        double half = Summaries.StudentQuantile(0.975, df) * se;
        return new WelchTest(t, df, p, (difference - half) * scale, (difference + half) * scale);
    }

    /// <summary>Fieller's 95 % interval for x̄ / ȳ with unequal variances and Welch–Satterthwaite degrees of
    /// freedom at the estimated ratio (Tamhane and Logan).</summary>
    /// <param name="x">The candidate's values, at least two.</param>
    /// <param name="y">The baseline's values, at least two.</param>
    /// <returns>The interval, unbounded when ȳ is not significantly different from zero; <see langword="null"/>
    /// when either has fewer than two values or ȳ is zero.</returns>
    public static RatioInterval? Fieller(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (Scaled.Of(x, y) is not var (mx, my, _) || my.Mean == 0)
        {
            return null;
        }

        double a = mx.VarianceOfMean, b = my.VarianceOfMean;
        double ratio = mx.Mean / my.Mean;
        double spread = a + (ratio * ratio * b);
        double df = spread == 0
            ? double.PositiveInfinity
            : spread * spread / ((a * a / (mx.Count - 1)) + (Math.Pow(ratio, 4) * b * b / (my.Count - 1)));
        double q = Summaries.StudentQuantile(0.975, df);

        double qa = q * q * a, qb = q * q * b;
        double ca = (my.Mean * my.Mean) - qb;
        if (ca <= 0)
        {
            return new RatioInterval(null, null, df, "fieller");
        }

        double cb = -2 * mx.Mean * my.Mean;
        double cc = (mx.Mean * mx.Mean) - qa;
        double root = Math.Sqrt(Math.Max(0, (cb * cb) - (4 * ca * cc)));
        double r1 = (-cb - root) / (2 * ca), r2 = (-cb + root) / (2 * ca);
        return new RatioInterval(Math.Min(r1, r2), Math.Max(r1, r2), df, "fieller");
    }

    /// <summary>Both samples' moments after dividing them by a power of two near their largest magnitude: t,
    /// degrees of freedom and ratios do not change under a common scale, and the division keeps fourth powers
    /// from overflowing.</summary>
    private readonly record struct Scaled(Moments X, Moments Y, double Scale)
    {
        public static Scaled? Of(IReadOnlyList<double> x, IReadOnlyList<double> y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            Guard.Finite(x, nameof(x));
            Guard.Finite(y, nameof(y));
            double largest = x.Concat(y).Select(Math.Abs).DefaultIfEmpty(0).Max();
            double scale = largest == 0 ? 1 : Math.ScaleB(1, Math.ILogB(largest));
            var mx = Moments.Of([.. x.Select(v => v / scale)]);
            var my = Moments.Of([.. y.Select(v => v / scale)]);
            return mx is null || my is null ? null : new Scaled(mx.Value, my.Value, scale);
        }
    }

    /// <summary>Count, mean and the variance of the mean of one sample.</summary>
    private readonly record struct Moments(int Count, double Mean, double VarianceOfMean)
    {
        public static Moments? Of(double[] values)
        {
            var summary = Summaries.Summarize(values);
            return summary.Count < 2
                ? null
                : new Moments(summary.Count, summary.Mean!.Value, summary.Variance!.Value / summary.Count);
        }
    }
}
