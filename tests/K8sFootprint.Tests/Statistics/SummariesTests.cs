using System.Globalization;
using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Statistics;

public sealed class SummariesTests
{
    [Theory]
    [InlineData("Lew.dat")]
    [InlineData("Lottery.dat")]
    [InlineData("Mavro.dat")]
    [InlineData("Michelso.dat")]
    [InlineData("NumAcc1.dat")]
    [InlineData("NumAcc2.dat")]
    [InlineData("NumAcc3.dat")]
    [InlineData("NumAcc4.dat")]
    [InlineData("PiDigits.dat")]
    public void Summarize_NistStrdSet_MatchesTheCertifiedMeanAndStandardDeviation(string file)
    {
        var (values, mean, sd) = Nist(file);

        var sut = Summaries.Summarize(values);

        Assert.Equal(values.Count, sut.Count);
        Assert.Equal(mean, sut.Mean!.Value, Math.Max(Math.Abs(mean), 1) * 1e-12);
        // The decimal data of the higher-difficulty sets (10000000.1, …) is itself off by ~1e-9 in binary, which
        // bounds the standard deviation at about eight correct digits; the textbook one-pass formula gets none.
        Assert.Equal(sd, sut.StandardDeviation!.Value, sd * 1e-7);
    }

    [Fact]
    public void Summarize_OneRun_GivesTheMeanOnlyAndLeavesTheRestUndefined()
    {
        var sut = Summaries.Summarize([42]);

        Assert.Equal(42, sut.Mean);
        Assert.Null(sut.Variance);
        Assert.Null(sut.StandardDeviation);
        Assert.Null(sut.ConfidenceLow);
        Assert.Null(sut.CoefficientOfVariation);
    }

    [Fact]
    public void Summarize_NoRuns_IsAllUndefined()
    {
        var sut = Summaries.Summarize([]);

        Assert.Equal(0, sut.Count);
        Assert.Null(sut.Mean);
        Assert.Null(sut.Median);
    }

    [Fact]
    public void Summarize_TwoRuns_UsesTheCauchyQuantileForOneDegreeOfFreedom()
    {
        var sut = Summaries.Summarize([1, 3]);

        double half = 12.706204736174707 * (Math.Sqrt(2) / Math.Sqrt(2));
        Assert.Equal(2 - half, sut.ConfidenceLow!.Value, 1e-9);
        Assert.Equal(2 + half, sut.ConfidenceHigh!.Value, 1e-9);
    }

    [Fact]
    public void Summarize_RDocumentationSample_MatchesRsOneSampleInterval()
    {
        // x = 1..10 from the W1 case: mean 5.5, variance 9.1666…, R: t.test(1:10)$conf.int = [3.334149, 7.665851].
        var sut = Summaries.Summarize(Enumerable.Range(1, 10).Select(i => (double)i));

        Assert.Equal(9.1666666666666667, sut.Variance!.Value, 1e-12);
        Assert.Equal(3.3341494102783162, sut.ConfidenceLow!.Value, 1e-6);
        Assert.Equal(7.6658505897216838, sut.ConfidenceHigh!.Value, 1e-6);
    }

    [Theory]
    [InlineData(0.25, 3.25)]
    [InlineData(0.5, 5.5)]
    [InlineData(0.9, 9.1)]
    public void Quantile_Type7_MatchesR(double probability, double expected)
    {
        Assert.Equal(expected, Summaries.Quantile(Enumerable.Range(1, 10).Select(i => (double)i), probability), 12);
    }

    [Fact]
    public void Summarize_NonFiniteValue_NamesTheRun()
    {
        var ex = Assert.Throws<ArgumentException>(() => Summaries.Summarize([1, double.NaN]));

        Assert.Contains("Run 2", ex.Message, StringComparison.Ordinal);
    }

    private static (List<double> Values, double Mean, double Sd) Nist(string file)
    {
        string[] lines = File.ReadAllLines(Path.Combine(TestFiles.SharedData, "nist", file));
        double Certified(string label) => double.Parse(
            lines.First(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal)).Split(':')[^1].Trim()
                .Split(' ')[0],
            CultureInfo.InvariantCulture);

        int data = Array.FindIndex(lines, l => l.StartsWith("Data: Y", StringComparison.Ordinal));
        var values = lines.Skip(data + 2).Where(l => l.Trim().Length > 0)
            .Select(l => double.Parse(l.Trim(), CultureInfo.InvariantCulture)).ToList();
        return (values, Certified("Sample Mean"), Certified("Sample Standard Deviation"));
    }
}
