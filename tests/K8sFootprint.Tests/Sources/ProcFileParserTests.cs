using K8sFootprint.Sources;
using K8sFootprint.Sources.Proc;

namespace K8sFootprint.Tests.Sources;

public sealed class ProcFileParserTests
{
    private static readonly TextLocation Here = new("/proc/test", 7);

    [Fact]
    public void ParseCpuLine_Kernel6Line_ReadsAllTenColumns()
    {
        var sut = ProcStatParser.ParseCpuLine(TestFiles.Lines("proc-stat.kernel-6.txt")[0], Here);

        Assert.Equal(10132153UL, sut.User);
        Assert.Equal(46828483UL, sut.Idle);
        Assert.Equal(25195UL, sut.Softirq);
        Assert.Equal(175628UL, sut.Guest);
        Assert.Equal(0UL, sut.GuestNice);
    }

    [Fact]
    public void ParseCpuLine_ExtraColumnsFromNewerKernel_AreIgnored()
    {
        var sut = ProcStatParser.ParseCpuLine("cpu  1 2 3 4 5 6 7 8 9 10 11 12", Here);

        Assert.Equal(8UL, sut.Steal);
        Assert.Equal(10UL, sut.GuestNice);
    }

    [Fact]
    public void ParseCpuLine_OldKernelWithFourColumns_LeavesTheRestUnknown()
    {
        var sut = ProcStatParser.ParseCpuLine("cpu 1 2 3 4", Here);

        Assert.Equal(4UL, sut.Idle);
        Assert.Null(sut.Iowait);
        Assert.Null(sut.Steal);
    }

    [Theory]
    [InlineData("cpu0 1 2 3 4 5")]
    [InlineData("cpu 1 2 x 4 5")]
    [InlineData("cpu 1 2")]
    [InlineData("")]
    public void ParseCpuLine_Garbage_ThrowsNamingFileAndLine(string line)
    {
        var ex = Assert.Throws<RecordingFormatException>(() => ProcStatParser.ParseCpuLine(line, Here));

        Assert.Equal("/proc/test", ex.File);
        Assert.Equal(7, ex.LineNumber);
        Assert.Contains("'/proc/test' line 7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseMemInfo_KilobyteAndPlainLines_ReturnBytes()
    {
        var lines = TestFiles.Lines("proc-meminfo.txt").Select(l => MemInfoParser.ParseLine(l, Here)).ToDictionary();

        Assert.Equal(16042172UL * 1024, lines["MemTotal"]);
        Assert.Equal(12386440UL * 1024, lines["MemAvailable"]);
        Assert.Equal(0UL, lines["HugePages_Total"]);
    }

    [Theory]
    [InlineData("MemTotal 123 kB")]
    [InlineData("MemTotal: lots kB")]
    [InlineData("MemTotal: 12 MB")]
    public void ParseMemInfo_Garbage_Throws(string line)
    {
        Assert.Throws<RecordingFormatException>(() => MemInfoParser.ParseLine(line, Here));
    }

    [Fact]
    public void ParseDiskStats_LinesWith14To20Fields_AreAllRead()
    {
        var rows = TestFiles.Lines("proc-diskstats.kernel-5.5.txt")
            .Select(l => DiskStatsParser.ParseLine(l, Here))
            .ToList();

        Assert.Equal(["nvme0n1", "nvme0n1p1", "sda", "dm-0", "loop0"], rows.Select(r => r.Device));
        Assert.Equal(5000UL, rows[0].SectorsRead);
        Assert.Equal(9000UL, rows[0].SectorsWritten);
        Assert.Equal(700UL, rows[0].WritesCompleted);
        Assert.Equal(20UL, rows[2].WritesCompleted);
    }

    [Fact]
    public void ParseDiskStats_TooFewFields_Throws()
    {
        var ex = Assert.Throws<RecordingFormatException>(() => DiskStatsParser.ParseLine("8 0 sda 1 2 3", Here));

        Assert.Contains("14 fields", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseNetDev_SkipsHeadersAndReadsBytes()
    {
        var rows = TestFiles.Lines("proc-net-dev.txt")
            .Where(l => !NetDevParser.IsHeader(l))
            .Select(l => NetDevParser.ParseLine(l, Here))
            .ToList();

        Assert.Equal(["lo", "eth0", "veth1a2b3c"], rows.Select(r => r.Interface));
        Assert.Equal(9041711UL, rows[1].ReceiveBytes);
        Assert.Equal(18093UL, rows[1].TransmitBytes);
    }

    [Theory]
    [InlineData("eth0 1 2 3")]
    [InlineData("eth0: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 x")]
    public void ParseNetDev_Garbage_Throws(string line)
    {
        Assert.Throws<RecordingFormatException>(() => NetDevParser.ParseLine(line, Here));
    }

    [Fact]
    public void ParseMountInfo_OptionalFieldsAndEscapes_AreHandled()
    {
        var rows = TestFiles.Lines("proc-mountinfo.txt").Select(l => MountInfoParser.ParseLine(l, Here)).ToList();

        Assert.Equal("8:1", rows[2].MajorMinor);
        Assert.Equal("/var/lib/kubelet", rows[2].Root);
        Assert.Equal("ext4", rows[2].FsType);
        Assert.Equal("/mnt/my data", rows[4].MountPoint);
        Assert.Equal("/dev/sdb", rows[4].Source);
    }

    [Fact]
    public void ParseMountInfo_MissingSeparator_Throws()
    {
        Assert.Throws<RecordingFormatException>(
            () => MountInfoParser.ParseLine("22 1 8:1 / / rw,relatime shared:1 ext4 /dev/sda1 rw", Here));
    }

    [Fact]
    public void ParseDf_PosixOutput_ReadsBytesAndMountPointsWithSpaces()
    {
        var rows = TestFiles.Lines("df-posix.txt")
            .Where(l => !DfParser.IsHeader(l))
            .Select(l => DfParser.ParseLine(l, Here))
            .ToList();

        Assert.Equal(42035609600, rows[0].UsedBytes);
        Assert.Equal("/mnt/my data", rows[4].MountPoint);
        Assert.Equal(0, rows[1].SizeBytes);
    }

    [Fact]
    public void ParseDf_Garbage_Throws()
    {
        Assert.Throws<RecordingFormatException>(() => DfParser.ParseLine("/dev/sda1 lots used", Here));
    }
}
