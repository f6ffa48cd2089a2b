using K8sFootprint.Sources.NodeExporter;

namespace K8sFootprint.Tests.Sources.NodeExporter;

public sealed class ExpositionParserTests
{
    [Fact]
    public async Task ParseAsync_RealNodeExporterOutput_ReadsEveryFamilyStrictly()
    {
        await using var stream = File.OpenRead(TestFiles.Path("node-exporter-1.5.metrics.txt"));

        var sut = await ExpositionParser.ParseAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        var cpu = sut.Family("node_cpu_seconds_total")!;
        Assert.Equal(MetricType.Counter, cpu.Type);
        Assert.Contains(cpu.Samples, s => s.Label("mode") == "idle" && s.Label("cpu") == "0");
        Assert.Equal(MetricType.Gauge, sut.Family("node_memory_MemAvailable_bytes")!.Type);
        Assert.Equal(MetricType.Summary, sut.Family("go_gc_duration_seconds")!.Type);
        Assert.Equal(
            File.ReadLines(TestFiles.Path("node-exporter-1.5.metrics.txt"))
                .Count(l => l.StartsWith("# TYPE", StringComparison.Ordinal)),
            sut.Families.Count(f => f.Samples.Count > 0 || f.Help is not null));
        Assert.Empty(sut.Errors);
    }

    [Theory]
    [InlineData("node-exporter-1.5.metrics.txt", 7)]
    [InlineData("exposition.edge-cases.txt", 3)]
    [InlineData("exposition.crlf-no-final-newline.txt", 5)]
    public async Task ParseAsync_PipeReaderInSmallSegments_GivesTheSameAsTheString(string file, int segment)
    {
        byte[] bytes = await File.ReadAllBytesAsync(TestFiles.Path(file), TestContext.Current.CancellationToken);
        var pipe = new System.IO.Pipelines.Pipe();
        var writing = Task.Run(async () =>
        {
            for (int at = 0; at < bytes.Length; at += segment)
            {
                await pipe.Writer.WriteAsync(bytes.AsMemory(at, Math.Min(segment, bytes.Length - at)));
            }

            await pipe.Writer.CompleteAsync();
        }, TestContext.Current.CancellationToken);

        var sut = await ExpositionParser.ParseAsync(
            pipe.Reader, cancellationToken: TestContext.Current.CancellationToken);
        await writing;

        string text = await File.ReadAllTextAsync(TestFiles.Path(file), TestContext.Current.CancellationToken);
        var expected = ExpositionParser.Parse(text);
        Assert.Equal(
            expected.Families.SelectMany(f => f.Samples).Select(x => (x.Name, x.Value, string.Join(',', x.Labels))),
            sut.Families.SelectMany(f => f.Samples).Select(x => (x.Name, x.Value, string.Join(',', x.Labels))));
    }

    [Fact]
    public void Parse_EscapesInLabelValuesAndHelp_AreDecoded()
    {
        var sut = ExpositionParser.Parse(TestFiles.Read("exposition.edge-cases.txt"));

        var family = sut.Family("escaped_help")!;
        Assert.Equal("A help with a backslash \\ and a newline \n in it", family.Help);
        var sample = Assert.Single(family.Samples);
        Assert.Equal("C:\\dir\\file", sample.Label("path"));
        Assert.Equal("say \"hi\"", sample.Label("quote"));
        Assert.Equal("a\nb", sample.Label("nl"));
    }

    [Fact]
    public void Parse_SpecialValues_AreNaNAndInfinities()
    {
        var sut = ExpositionParser.Parse(TestFiles.Read("exposition.edge-cases.txt"));

        var values = sut.Family("special_values")!.Samples.ToDictionary(s => s.Label("kind")!, s => s.Value);
        Assert.True(double.IsNaN(values["nan"]));
        Assert.Equal(double.PositiveInfinity, values["pos"]);
        Assert.Equal(double.NegativeInfinity, values["neg"]);
        Assert.Equal(0.0015, values["exp"], 12);
    }

    [Fact]
    public void Parse_TextTimestamps_AreMilliseconds()
    {
        var sut = ExpositionParser.Parse(TestFiles.Read("exposition.edge-cases.txt"));

        var sample = Assert.Single(sut.Family("with_timestamp")!.Samples);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000123), sample.Timestamp);
    }

    [Fact]
    public void Parse_EmptyLabelSetsHashesBracesCommasAndSpaces_AreRead()
    {
        var sut = ExpositionParser.Parse(TestFiles.Read("exposition.edge-cases.txt"));

        Assert.All(sut.Family("empty_labels")!.Samples, s => Assert.Empty(s.Labels));
        var odd = Assert.Single(sut.Family("odd_label_values")!.Samples);
        Assert.Equal(["has # hash", "has } brace", "has , comma"], odd.Labels.Select(l => l.Value));
        Assert.Equal("1", Assert.Single(sut.Family("trailing_comma")!.Samples).Label("a"));
        var spaced = Assert.Single(sut.Family("spaced")!.Samples);
        Assert.Equal(("1", "2", 5.0), (spaced.Label("a"), spaced.Label("b"), spaced.Value));
    }

    [Fact]
    public void Parse_HistogramAndSummary_GroupTheirSamples()
    {
        var sut = ExpositionParser.Parse(TestFiles.Read("exposition.edge-cases.txt"));

        var histogram = sut.Family("request_seconds")!;
        Assert.Equal(MetricType.Histogram, histogram.Type);
        Assert.Equal(5, histogram.Samples.Count);
        Assert.Equal(
            double.PositiveInfinity,
            double.Parse(
                histogram.Samples[2].Label("le")!.Replace("+Inf", "Infinity", StringComparison.Ordinal),
                System.Globalization.CultureInfo.InvariantCulture));
        var summary = sut.Family("rpc_seconds")!;
        Assert.Equal(MetricType.Summary, summary.Type);
        Assert.Equal(
            ["rpc_seconds", "rpc_seconds", "rpc_seconds_sum", "rpc_seconds_count"],
            summary.Samples.Select(s => s.Name));
        Assert.Equal(MetricType.Unknown, sut.Family("untyped_metric")!.Type);
    }

    [Fact]
    public void Parse_CrlfWithoutFinalNewline_ReadsEveryLine()
    {
        var sut = ExpositionParser.Parse(TestFiles.Read("exposition.crlf-no-final-newline.txt"));

        Assert.Equal([1.0, 2.0], sut.Family("crlf_metric")!.Samples.Select(s => s.Value));
    }

    [Fact]
    public void Parse_OpenMetrics_ReadsUnitsCreatedExemplarsAndSecondTimestamps()
    {
        var sut = ExpositionParser.Parse(TestFiles.Read("exposition.openmetrics.txt"), ExpositionFormat.OpenMetrics);

        var requests = sut.Family("requests")!;
        Assert.Equal((MetricType.Counter, "requests"), (requests.Type, requests.Unit));
        Assert.Equal(["requests_total", "requests_created"], requests.Samples.Select(s => s.Name));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000500), requests.Samples[0].Timestamp);
        var bucket = sut.Family("latency_seconds")!.Samples[0];
        Assert.Equal("abc123", bucket.Exemplar!.Labels.Single().Value);
        Assert.Equal(0.3, bucket.Exemplar.Value, 12);
        Assert.Equal(MetricType.Info, sut.Family("build")!.Type);
    }

    [Fact]
    public void Parse_OpenMetricsWithoutEof_IsTruncated()
    {
        string text = TestFiles.Read("exposition.openmetrics.txt")
            .Replace("# EOF\n", string.Empty, StringComparison.Ordinal);

        var ex = Assert.Throws<ExpositionFormatException>(
            () => ExpositionParser.Parse(text, ExpositionFormat.OpenMetrics));

        Assert.Contains("# EOF", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("metric{a=\"1\"", 2)]
    [InlineData("metric{a=1} 2", 2)]
    [InlineData("metric{a=\"x\\q\"} 2", 2)]
    [InlineData("metric two", 2)]
    [InlineData("metric 1 notatime", 2)]
    [InlineData("9metric 1", 2)]
    [InlineData("metric{a=\"1\",a=\"2\"} 1", 2)]
    [InlineData("# TYPE metric gauge\n# TYPE metric counter", 3)]
    [InlineData("# TYPE metric banana", 2)]
    [InlineData("metric 1 # {trace=\"x\"} 1", 2)]
    public void Parse_InvalidLine_ThrowsWithItsLineNumber(string line, int lineNumber)
    {
        string text = "ok_metric 1\n" + line + "\n";

        var ex = Assert.Throws<ExpositionFormatException>(() => ExpositionParser.Parse(text));

        Assert.Equal(lineNumber, ex.LineNumber);
        Assert.Contains($"line {lineNumber}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Lenient_SkipsInvalidLinesAndReportsThem()
    {
        string text = "good 1\nbad{ 2\nalso_good 3\n";

        var sut = ExpositionParser.Parse(text, strict: false);

        Assert.Equal(["good", "also_good"], sut.Families.Select(f => f.Name));
        Assert.Equal(2, Assert.Single(sut.Errors).LineNumber);
    }
}
