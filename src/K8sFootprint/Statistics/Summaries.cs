using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace K8sFootprint.Statistics;

/// <summary>Summaries of one metric across runs (METHODOLOGY.md, "Across runs").</summary>
public static class Summaries
{
    /// <summary>Summarises the values of one metric over N runs.</summary>
    /// <param name="values">One value per run; non-finite values are rejected.</param>
    /// <returns>The summary; undefined figures are <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static MetricSummary Summarize(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] data = values.ToArray();
        Guard.Finite(data, nameof(values));

        if (data.Length == 0)
        {
            return new MetricSummary(0, null, null, null, null, null, null, null, null, null, null);
        }

        var (mean, variance, sd) = Moments(data);
        double median = Quantile(data, 0.5);
        if (data.Length == 1)
        {
            return new MetricSummary(1, mean, null, null, null, median, data[0], data[0], null, null, null);
        }

        double se = sd / Math.Sqrt(data.Length);
        double half = StudentQuantile(0.975, data.Length - 1) * se;
        double? cv = mean != 0 ? sd / mean : null;
        return new MetricSummary(
            data.Length, mean, variance, sd, se, median, data.Min(), data.Max(), cv, mean - half, mean + half);
    }

    /// <summary>The mean and the unbiased variance (NaN for one value). Values between 1e-6 and 1e13 in size
    /// (every measured metric) are taken back to the 15 significant digits a double holds faithfully and summed
    /// in decimal arithmetic, which keeps even NIST's higher-difficulty sets (10000000.1, 10000000.2, …, whose
    /// binary forms are each off by up to 1e-9) to their certified digits; anything else falls back to the
    /// corrected two-pass algorithm in double.</summary>
    internal static (double Mean, double Variance, double StandardDeviation) Moments(double[] data)
    {
        if (data.All(v => v == 0 || Math.Abs(v) is >= 1e-6 and <= 1e13) && DecimalMoments(data) is { } exact)
        {
            return (exact.Mean, exact.Variance, Math.Sqrt(exact.Variance));
        }

        // Scaled by a power of two (exact) so that squares neither overflow nor vanish.
        double largest = data.Max(Math.Abs);
        double scale = largest == 0 ? 1 : Math.ScaleB(1, Math.ILogB(largest));
        double[] scaled = [.. data.Select(v => v / scale)];
        double approximate = scaled.Mean();
        double variance = scaled.Length < 2 ? double.NaN : CorrectedTwoPassVariance(scaled, approximate);
        // The standard deviation is rescaled from the scaled one: for values near 1e-300 the variance itself
        // underflows while the standard deviation does not.
        return (Math.Clamp(approximate * scale, data.Min(), data.Max()), variance * scale * scale,
            Math.Sqrt(variance) * scale);
    }

    private static (double Mean, double Variance)? DecimalMoments(double[] data)
    {
        try
        {
            decimal[] exact = [.. data.Select(v => (decimal)v)];
            decimal sum = 0;
            foreach (decimal value in exact)
            {
                sum += value;
            }

            decimal mean = sum / exact.Length;
            decimal squares = 0;
            foreach (decimal value in exact)
            {
                squares += (value - mean) * (value - mean);
            }

            // Rounding to 15 digits must not move the mean outside the values themselves.
            double back = Math.Clamp((double)mean, data.Min(), data.Max());
            return (back, exact.Length < 2 ? double.NaN : (double)(squares / (exact.Length - 1)));
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The corrected two-pass variance: sums of deviations from the mean, with the rounding error of the
    /// mean itself subtracted; it keeps the NIST StRD higher-difficulty sets (values like 10000000.2) to the
    /// eight digits their binary representation allows.</summary>
    internal static double CorrectedTwoPassVariance(double[] data, double mean)
    {
        double squares = 0, sum = 0;
        foreach (double value in data)
        {
            double deviation = value - mean;
            squares += deviation * deviation;
            sum += deviation;
        }

        return (squares - (sum * sum / data.Length)) / (data.Length - 1);
    }

    /// <summary>The Hyndman–Fan type-7 quantile (R's and NumPy's default).</summary>
    /// <param name="values">The values.</param>
    /// <param name="probability">The probability, 0 to 1.</param>
    /// <returns>The quantile.</returns>
    public static double Quantile(IEnumerable<double> values, double probability)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1);
        return values.ToArray().QuantileCustom(probability, QuantileDefinition.R7);
    }

    /// <summary>The Student-t quantile. One and two degrees of freedom are in closed form (the numeric inverse
    /// does not converge reliably at one, the Cauchy distribution), infinitely many is the normal quantile, and
    /// fewer than one is refused.</summary>
    internal static double StudentQuantile(double probability, double degreesOfFreedom)
    {
        if (!(degreesOfFreedom >= 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(degreesOfFreedom), degreesOfFreedom, "Expected at least one degree of freedom.");
        }

        return degreesOfFreedom switch
        {
            1 => Math.Tan(Math.PI * (probability - 0.5)),
            2 => (2 * probability - 1) / Math.Sqrt(2 * probability * (1 - probability)),
            double.PositiveInfinity => Normal.InvCDF(0, 1, probability),
            _ => StudentT.InvCDF(0, 1, degreesOfFreedom, probability),
        };
    }
}
