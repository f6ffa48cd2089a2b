using System.Globalization;
using System.Text.Json;
using K8sFootprint.IntegrationTests.Infrastructure;
using K8sFootprint.Sources.NodeExporter;

namespace K8sFootprint.IntegrationTests.Sources;

/// <summary>The same expositions through Debian's python3-prometheus-client parser give the same samples.</summary>
public sealed class ExpositionDifferentialTests
{
    [Theory]
    [InlineData("node-exporter-1.5.metrics.txt")]
    [InlineData("exposition.edge-cases.txt")]
    [InlineData("exposition.crlf-no-final-newline.txt")]
    [InlineData("live")]
    public async Task Parse_SameInput_GivesTheSameSamplesAsThePythonClient(string fixture)
    {
        Prerequisite.PythonPrometheusClient();
        string path = fixture == "live" ? await LiveScrapeAsync() : Fixture(fixture);

        var ours = ExpositionParser.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken))
            .Families.SelectMany(f => f.Samples)
            .Select(s => Key(s.Name, s.Labels.Select(l => (l.Key, l.Value)), s.Value))
            .Order(StringComparer.Ordinal)
            .ToList();
        var theirs = Python(path);

        Assert.True(ours.Count > 0);
        Assert.Equal(theirs, ours);
    }

    private static string Fixture(string name) =>
        Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "K8sFootprint.Tests", "TestData", name);

    private static async Task<string> LiveScrapeAsync()
    {
        Prerequisite.Command("prometheus-node-exporter");
        string path = Path.Combine(Path.GetTempPath(), $"k8sfp-live-{Guid.NewGuid():N}.txt");
        await using var exporter = await NodeExporterProcess.StartAsync();
        using var client = new HttpClient();
        await File.WriteAllTextAsync(
            path,
            await client.GetStringAsync(exporter.MetricsUrl, TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken);
        return path;
    }

    private static List<string> Python(string path)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "TestData", "parse_exposition.py");
        string json = Sh.Run($"/usr/bin/python3 '{script}' '{path}'");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(e => Key(
                e.GetProperty("name").GetString()!,
                e.GetProperty("labels").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)),
                Value(e.GetProperty("value").GetString()!)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static double Value(string text) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    private static string Key(string name, IEnumerable<(string Name, string Value)> labels, double value) =>
        name + "{" + string.Join(",", labels.OrderBy(l => l.Name, StringComparer.Ordinal)
            .Select(l => $"{l.Name}={JsonSerializer.Serialize(l.Value)}"))
        + "} " + value.ToString("R", CultureInfo.InvariantCulture);
}
