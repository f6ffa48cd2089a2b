using K8sFootprint.Sources;
using K8sFootprint.Sources.Proc;

namespace K8sFootprint.Tests.Sources;

public sealed class RecordingParserTests
{
    [Fact]
    public void Parse_RealRecording_ReadsSamplesFactsAndSnapshots()
    {
        var sut = RecordingParser.Parse(TestFiles.Read("recording.valid.rec"), "recording.valid.rec");

        Assert.Equal(3, sut.Samples.Count);
        Assert.Equal(100, sut.IntervalCentiseconds);
        Assert.Equal(200, sut.DurationCentiseconds);
        Assert.True(sut.CpuCount > 0);
        Assert.Equal(2, sut.Filesystems.Count);
        Assert.Equal(2, sut.SelfTicks.Count);
        Assert.Contains(sut.Samples[0].Disks!, d => d.Device == "vda");
        Assert.Equal(200, sut.Samples[^1].UptimeCentiseconds - sut.Samples[0].UptimeCentiseconds);
    }

    [Fact]
    public void ToRecordedWindow_RealRecording_HasWindowAtFirstAndLastSample()
    {
        var parsed = RecordingParser.Parse(TestFiles.Read("recording.valid.rec"), "recording.valid.rec");

        var sut = ProcRecordingConverter.ToRecordedWindow(parsed, "/dev/shm/x.rec");

        Assert.Equal(2.0, sut.Duration, 9);
        Assert.Equal(3, sut.SampleCount);
        Assert.Contains(sut.Series, s => s.Name == SeriesNames.CpuSeconds && s.Label("mode") == "idle");
        Assert.Contains(sut.Series, s => s.Name == SeriesNames.DiskWrittenBytes && s.Label("device") == "vda");
        Assert.Contains(sut.Series, s => s.Name == SeriesNames.NetworkReceiveBytes && s.Label("device") == "lo");
        Assert.Contains("/", sut.FilesystemsAtEnd!.Mounts.Select(m => m.MountPoint));
        Assert.True(sut.Host.MemoryTotalBytes > 0);
    }

    [Fact]
    public void Parse_TruncatedRecording_SaysItIsTruncated()
    {
        var ex = Assert.Throws<RecordingFormatException>(
            () => RecordingParser.Parse(TestFiles.Read("recording.truncated.rec"), "node:/dev/shm/r.rec"));

        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
        Assert.Contains("node:/dev/shm/r.rec", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GarbledDiskstatsLine_NamesTheProcFileAndLine()
    {
        var ex = Assert.Throws<RecordingFormatException>(
            () => RecordingParser.Parse(TestFiles.Read("recording.garbled-diskstats.rec"), "r.rec"));

        Assert.Equal(90, ex.LineNumber);
        Assert.Contains("/proc/diskstats", ex.Message, StringComparison.Ordinal);
        Assert.Contains("banana", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello\n")]
    [InlineData("#k8sfootprint-recorder 2\n")]
    public void Parse_NotARecording_ThrowsAtLineOne(string text)
    {
        var ex = Assert.Throws<RecordingFormatException>(() => RecordingParser.Parse(text, "r.rec"));

        Assert.Equal(1, ex.LineNumber);
    }

    [Fact]
    public void Parse_ContentOutsideAnySection_Throws()
    {
        string text = RecordingParser.Magic + "\n%interval_cs 100\nstray text\n";

        var ex = Assert.Throws<RecordingFormatException>(() => RecordingParser.Parse(text, "r.rec"));

        Assert.Equal(3, ex.LineNumber);
    }

    [Fact]
    public void Parse_SampleWithoutMemAvailable_NamesTheRequirement()
    {
        string text = string.Join('\n', TestFiles.Lines("recording.valid.rec")
            .Where(l => !l.StartsWith("MemAvailable", StringComparison.Ordinal)));

        var ex = Assert.Throws<RecordingFormatException>(() => RecordingParser.Parse(text, "r.rec"));

        Assert.Contains("MemAvailable", ex.Message, StringComparison.Ordinal);
    }
}
