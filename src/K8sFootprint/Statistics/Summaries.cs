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
        int bad = Array.FindIndex(data, v => !double.IsFinite(v));
        if (bad >= 0)
        {
            throw new ArgumentException(
                $"Run {bad + 1} has the value '{data[bad]}'; expected a finite number.", nameof(values));
        }

        if (data.Length == 0)
        {
            return new MetricSummary(0, null, null, null, null, null, null, null, null, null, null);
        }

        double mean = data.Mean();
        double median = Quantile(data, 0.5);
        if (data.Length == 1)
        {
            return new MetricSummary(1, mean, null, null, null, median, data[0], data[0], null, null, null);
        }

        double variance = CorrectedTwoPassVariance(data, mean);
        double sd = Math.Sqrt(variance);
        double se = sd / Math.Sqrt(data.Length);
        double half = StudentQuantile(0.975, data.Length - 1) * se;
        double? cv = mean != 0 ? sd / mean : null;
        return new MetricSummary(
            data.Length, mean, variance, sd, se, median, data.Min(), data.Max(), cv, mean - half, mean + half);
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

    /// <summary>The Student-t quantile; one degree of freedom (the Cauchy distribution) in closed form, because
    /// the numeric inverse does not converge reliably there.</summary>
    internal static double StudentQuantile(double probability, int degreesOfFreedom) =>
        degreesOfFreedom == 1
            ? Math.Tan(Math.PI * (probability - 0.5))
            : StudentT.InvCDF(0, 1, degreesOfFreedom, probability);
}
