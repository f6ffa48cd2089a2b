using K8sFootprint.Benchmarking;
using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Benchmarking;

public sealed class RunsCsvTests
{
    [Fact]
    public void WriteThenRead_RoundTripsEveryRowExactly()
    {
        MetricObservation[] rows =
        [
            new("k3s", 1, "memory", 536870912.5, "bytes"),
            new("k3s, \"embedded etcd\"", 2, "cpu", 0.1 + 0.2, "cores"),
            new("kubeadm", 1, "disk-io", 1e-300, "bytes"),
        ];
        using var text = new StringWriter();

        RunsCsv.Write(rows, text);
        var sut = RunsCsv.Read(new StringReader(text.ToString()), "runs.csv");

        Assert.Equal(rows, sut);
        Assert.StartsWith("target,run,metric,value,unit\n", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderWithExtras_ReadsByName()
    {
        const string csv = "unit,value,metric,run,target,note\nbytes,1024,memory,3,talos,from the lab\n";

        var sut = RunsCsv.Read(new StringReader(csv), "lab.csv");

        Assert.Equal(new MetricObservation("talos", 3, "memory", 1024, "bytes"), Assert.Single(sut));
    }

    [Theory]
    [InlineData("target,run,metric,value\nk3s,1,memory,1\n", "line 1", "'unit' column")]
    [InlineData("target,run,metric,value,unit\nk3s,one,memory,1,bytes\n", "line 2", "'run' number from 1; got 'one'")]
    [InlineData("target,run,metric,value,unit\nk3s,1,memory,1,bytes\nk3s,2,memory,1;5,bytes\n", "line 3",
        "finite 'value'")]
    [InlineData("target,run,metric,value,unit\nk3s,1,memory,NaN,bytes\n", "line 2", "got 'NaN'")]
    [InlineData("target,run,metric,value,unit\n,1,memory,1,bytes\n", "line 2", "non-empty 'target'")]
    [InlineData("", "line 1", "header row")]
    [InlineData("target,run,metric,value,unit\nk3s,1,cpu,1,5,cores\n", "line 2", "5 fields like the header")]
    [InlineData("target,run,metric,value,unit\nk3s,1,cpu,1,cores\nk3s,1,cpu,2,cores\n", "line 3",
        "line 2 has the same")]
    [InlineData("target,run,metric,value,unit\nk3s,1,memory,1,MiB\n", "line 2", "the unit 'bytes' for metric")]
    [InlineData("target,run,metric,value,unit\na,1,x,1,s\nb,1,x,1,ms\n", "line 3", "as on line 2")]
    [InlineData("target,target,run,metric,value,unit\n", "line 1", "one 'target' column")]
    public void Read_BadInput_NamesTheFileTheLineAndWhatWasExpected(string csv, string line, string expected)
    {
        var ex = Assert.Throws<ResultsFormatException>(() => RunsCsv.Read(new StringReader(csv), "runs.csv"));

        Assert.Contains("'runs.csv' " + line, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CrlfLineEndsAndOtherCase_AreReadAsTheCataloguedMetric()
    {
        const string csv = "\uFEFFtarget,run,metric,value,unit\r\nk3s,1,CPU,0.5,Cores\r\n";

        var sut = RunsCsv.Read(new StringReader(csv), "lab.csv");

        Assert.Equal(new MetricObservation("k3s", 1, "cpu", 0.5, "cores"), Assert.Single(sut));
    }

    [Fact]
    public void Read_ThenAnalyze_ComparesRunsMeasuredElsewhere()
    {
        const string csv = """
            target,run,metric,value,unit
            kubeadm,1,memory,1000,bytes
            kubeadm,2,memory,1010,bytes
            kubeadm,3,memory,990,bytes
            talos,1,memory,930,bytes
            talos,2,memory,925,bytes
            talos,3,memory,935,bytes
            """;

        var analysis = RunsAnalyzer.Analyze(RunsCsv.Read(new StringReader(csv), "lab.csv"));

        Assert.Equal("kubeadm", analysis.Baseline);
        Assert.StartsWith("7 % less memory than kubeadm", analysis.Comparison("talos", "memory")!.Words,
            StringComparison.Ordinal);
    }
}
