using System.Text.Json;
using K8sFootprint.Measurement;
using K8sFootprint.Serialization;
using K8sFootprint.Tests.Measurement;

namespace K8sFootprint.Tests.Serialization;

public sealed class FootprintJsonTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("k8sfp-json-").FullName;

    [Fact]
    public void SerializeThenDeserialize_KeepsFiguresAndRawSamples()
    {
        var footprint = Sample();

        var sut = FootprintJson.Deserialize(FootprintJson.Serialize(footprint));

        Assert.Equal(footprint.Cpu, sut.Cpu);
        Assert.Equal(footprint.Window, sut.Window);
        Assert.Equal(footprint.Raw.Series.Count, sut.Raw.Series.Count);
        Assert.Equal(footprint.Raw.Series[0].Samples, sut.Raw.Series[0].Samples);
    }

    [Fact]
    public void Serialize_UsesCamelCaseWithSchemaVersion()
    {
        string json = FootprintJson.Serialize(Sample());

        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"busyCores\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_OtherSchemaVersion_Throws()
    {
        string json = FootprintJson.Serialize(Sample())
            .Replace("\"schemaVersion\": 1", "\"schemaVersion\": 99", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => FootprintJson.Deserialize(json));

        Assert.Contains("'99'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteFileAsync_MissingDirectory_ThrowsNamingThePathAndLeavesNothing()
    {
        string path = Path.Combine(_directory, "missing", "run.json");

        var ex = await Assert.ThrowsAsync<IOException>(
            () => FootprintJson.WriteFileAsync(Sample(), path, TestContext.Current.CancellationToken));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public async Task WriteFileAsync_ParentIsAFile_ThrowsAndLeavesNoPartialFile()
    {
        string parent = Path.Combine(_directory, "plain-file");
        await File.WriteAllTextAsync(parent, "x", TestContext.Current.CancellationToken);
        string path = Path.Combine(parent, "run.json");

        var ex = await Assert.ThrowsAsync<IOException>(
            () => FootprintJson.WriteFileAsync(Sample(), path, TestContext.Current.CancellationToken));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Equal([parent], Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task WriteFileAsync_WritableDirectory_WritesCompleteJson()
    {
        string path = Path.Combine(_directory, "run.json");

        await FootprintJson.WriteFileAsync(Sample(), path, TestContext.Current.CancellationToken);

        Assert.Equal("node",
            FootprintJson.Deserialize(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Node);
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task WriteFileAsync_SymbolicLink_WritesItsTargetAndKeepsTheLink()
    {
        string target = Path.Combine(_directory, "target.json");
        string link = Path.Combine(_directory, "link.json");
        File.CreateSymbolicLink(link, target);

        await FootprintJson.WriteFileAsync(Sample(), link, TestContext.Current.CancellationToken);

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("node",
            FootprintJson.Deserialize(await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken)).Node);
    }

    [Fact]
    public async Task WriteFileAsync_ExistingFile_KeepsItsMode()
    {
        string path = Path.Combine(_directory, "run.json");
        await File.WriteAllTextAsync(path, "old", TestContext.Current.CancellationToken);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        await FootprintJson.WriteFileAsync(Sample(), path, TestContext.Current.CancellationToken);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead,
            File.GetUnixFileMode(path));
    }

    [Fact]
    public void EnsureWritable_Directory_ThrowsSayingAFileIsExpected()
    {
        var ex = Assert.Throws<IOException>(() => FootprintJson.EnsureWritable(_directory));

        Assert.Contains("is a directory", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Footprint Sample() => FootprintCalculator.Calculate(
        "node",
        new WindowBuilder().Cpu("user", 0, 1, 2, 3, 4).Cpu("idle", 0, 14, 28, 42, 56).Build());
}
