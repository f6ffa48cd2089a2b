using System.Text.Json;
using K8sFootprint.Reporting;
using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Reporting;

public sealed class AnalysisJsonTests
{
    [Fact]
    public void Serialize_Analysis_HoldsSummariesComparisonsAndRankingsWithInfiniteValuesAsLiterals()
    {
        MetricObservation[] rows =
        [
            new("kubeadm", 1, "memory", 1000, "bytes"), new("kubeadm", 2, "memory", 1010, "bytes"),
            new("talos", 1, "memory", 930, "bytes"), new("talos", 2, "memory", 935, "bytes"),
            new("kubeadm", 1, "disk-usage", 5, "bytes"), new("kubeadm", 2, "disk-usage", 5, "bytes"),
            new("talos", 1, "disk-usage", 3, "bytes"), new("talos", 2, "disk-usage", 3, "bytes"),
        ];

        using var json = JsonDocument.Parse(AnalysisJson.Serialize(RunsAnalyzer.Analyze(rows)));

        var root = json.RootElement;
        Assert.Equal("kubeadm", root.GetProperty("baseline").GetString());
        var memory = root.GetProperty("comparisons").EnumerateArray()
            .Single(c => c.GetProperty("metric").GetProperty("id").GetString() == "memory");
        Assert.StartsWith("7", memory.GetProperty("words").GetString(), StringComparison.Ordinal);
        Assert.Equal("Less", memory.GetProperty("verdict").GetString());
        var usage = root.GetProperty("comparisons").EnumerateArray()
            .Single(c => c.GetProperty("metric").GetProperty("id").GetString() == "disk-usage");
        Assert.Equal("Infinity", usage.GetProperty("interval").GetProperty("degreesOfFreedom").GetString());
        Assert.Equal(1, root.GetProperty("rankings").GetProperty("memory").GetProperty("kendallW").GetDouble());
    }
}
