using K8sFootprint.Serialization;

namespace K8sFootprint.Tests.Serialization;

public sealed class OutputPathTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("k8sfp-out-").FullName;

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/proc/version")]
    [InlineData("/sys/kernel/x.json")]
    public void EnsureWritable_DeviceOrKernelFile_IsRefused(string path)
    {
        var ex = Assert.Throws<IOException>(() => FootprintJson.EnsureWritable(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureWritable_MissingDirectory_NamesTheDirectory()
    {
        string path = Path.Combine(_directory, "missing", "run.json");

        var ex = Assert.Throws<IOException>(() => FootprintJson.EnsureWritable(path));

        Assert.Contains($"'{Path.Combine(_directory, "missing")}'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public void EnsureWritable_WritableDirectory_LeavesNothingBehind()
    {
        FootprintJson.EnsureWritable(Path.Combine(_directory, "run.json"));

        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
