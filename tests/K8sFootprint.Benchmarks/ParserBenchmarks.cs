using BenchmarkDotNet.Attributes;
using K8sFootprint.Sources.NodeExporter;

namespace K8sFootprint.Benchmarks;

/// <summary>The exposition parser on real node-exporter output (1 073 lines, 283 families).</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _text = string.Empty;
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(Program.Fixture);
        _bytes = File.ReadAllBytes(Program.Fixture);
    }

    [Benchmark(Baseline = true)]
    public int ParseString() => ExpositionParser.Parse(_text).Families.Count;

    [Benchmark]
    public async Task<int> ParseStream()
    {
        using var stream = new MemoryStream(_bytes);
        return (await ExpositionParser.ParseAsync(stream)).Families.Count;
    }
}
