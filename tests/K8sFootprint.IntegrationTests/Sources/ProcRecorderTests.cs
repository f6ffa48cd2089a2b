using K8sFootprint.IntegrationTests.Infrastructure;
using K8sFootprint.Nodes;
using K8sFootprint.Sources;
using K8sFootprint.Sources.Proc;

namespace K8sFootprint.IntegrationTests.Sources;

public sealed class ProcRecorderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_ThisMachine_TakesSamplesAtT0AndT1AndEveryInterval()
    {
        var footprint = await Windows.MeasureAsync(TimeSpan.FromSeconds(4));

        var raw = footprint.Raw;
        Assert.Equal(5, raw.SampleCount);
        Assert.InRange(raw.Duration, 4.0, 4.1);
        var times = raw.Series[0].Samples.Select(s => s.Time).ToList();
        Assert.Equal(raw.Start, times[0]);
        Assert.Equal(raw.End, times[^1]);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 0.9, 1.2));
        Assert.Equal(Environment.ProcessorCount, footprint.Host.CpuCount);
        Assert.Equal(1, footprint.Cpu.Coverage, 9);
    }

    [Fact]
    public async Task Record_ThisMachine_GivesPlausibleFiguresAndItsOwnCost()
    {
        var footprint = await Windows.MeasureAsync(TimeSpan.FromSeconds(3));

        Assert.InRange(footprint.Cpu.BusyCores!.Value, 0, footprint.Host.CpuCount);
        Assert.InRange(footprint.Memory.AverageUsedBytes!.Value, 1 << 20, footprint.Memory.TotalBytes);
        Assert.Contains(footprint.DiskUsage.Filesystems, f => f.Counted && f.MountPoint == "/");
        Assert.True(footprint.DiskUsage.UsedBytesAtEnd > 0);
        Assert.Contains("lo", footprint.Network.Loopback.Interfaces);
        Assert.True(footprint.Overhead.BytesWritten > 1000);
        Assert.InRange(footprint.Overhead.ResidentMemoryBytes!.Value, 64 * 1024, 16 * 1024 * 1024);
        Assert.Equal(0, footprint.Overhead.NetworkBytes);
        Assert.False(string.IsNullOrEmpty(footprint.Host.Kernel));
    }

    [Fact]
    public async Task Record_DuringTheWindow_NothingTalksToTheNode()
    {
        var spy = new SpyShell(new LocalNodeShell(), TimeProvider.System);
        var window = TimeSpan.FromSeconds(3);
        RecordedWindow raw;

        var recording = await new ProcRecorderSource().StartAsync(
            spy, new RecordingRequest(window, TimeSpan.FromSeconds(1)), Token);
        int callsAtStart = spy.Calls.Count;
        await using (recording)
        {
            raw = await recording.CollectAsync(Token);
        }

        var t1 = raw.StartTime + TimeSpan.FromSeconds(raw.Duration);
        var first = spy.Calls.Skip(callsAtStart).First();
        Assert.True(first.At >= t1, $"'{first.Call}' reached the node at {first.At:O}, before t1 {t1:O}.");
    }

    [Fact]
    public async Task Record_AfterCollection_LeavesNoFilesOnTheNode()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("k8sfp-rec-").FullName;
        var source = new ProcRecorderSource(new ProcRecorderOptions { WorkingDirectory = directory });

        var recording = await source.StartAsync(
            new LocalNodeShell(), new RecordingRequest(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)), Token);
        Assert.NotEmpty(System.IO.Directory.GetFiles(directory));
        await using (recording)
        {
            await recording.CollectAsync(Token);
        }

        Assert.Empty(System.IO.Directory.GetFiles(directory));
        System.IO.Directory.Delete(directory);
    }

    [Fact]
    public async Task Record_AbandonedDuringTheWindow_StopsTheRecorderAndRemovesItsFiles()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("k8sfp-rec-").FullName;
        var source = new ProcRecorderSource(new ProcRecorderOptions { WorkingDirectory = directory });

        var recording = await source.StartAsync(
            new LocalNodeShell(), new RecordingRequest(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1)), Token);
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, Token);
        await recording.DisposeAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(300), TimeProvider.System, Token);

        Assert.Empty(System.IO.Directory.GetFiles(directory));
        Assert.DoesNotContain(CommandLines(), line => line.Contains(directory, StringComparison.Ordinal));
        System.IO.Directory.Delete(directory);
    }

    private static IEnumerable<string> CommandLines()
    {
        foreach (string dir in System.IO.Directory.GetDirectories("/proc")
            .Where(d => char.IsDigit(Path.GetFileName(d)[0])))
        {
            string line;
            try
            {
                line = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue;
            }

            yield return line;
        }
    }

    [Fact]
    public async Task Record_MissingProcFile_FailsNamingTheFile()
    {
        var fakeProc = System.IO.Directory.CreateTempSubdirectory("k8sfp-proc-").FullName;
        Sh.Run($"mkdir -p {fakeProc}/net {fakeProc}/self {fakeProc}/sys/kernel/random " +
               $"&& cp /proc/stat /proc/meminfo /proc/uptime {fakeProc}/ " +
               $"&& cp /proc/net/dev {fakeProc}/net/ && cp /proc/self/mountinfo {fakeProc}/self/ " +
               $"&& cp /proc/sys/kernel/random/boot_id {fakeProc}/sys/kernel/random/");
        var source = new ProcRecorderSource(new ProcRecorderOptions { ProcRoot = fakeProc });

        var ex = await Assert.ThrowsAsync<NodeCommandException>(
            () => source.StartAsync(
                new LocalNodeShell(),
                new RecordingRequest(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)),
                Token));

        Assert.Contains($"{fakeProc}/diskstats", ex.Message, StringComparison.Ordinal);
        Assert.Equal("start recorder", ex.Step);
        System.IO.Directory.Delete(fakeProc, recursive: true);
    }

    [Fact]
    public async Task Record_UnwritableWorkingDirectory_FailsNamingIt()
    {
        var source = new ProcRecorderSource(new ProcRecorderOptions { WorkingDirectory = "/nonexistent/k8sfp" });

        var ex = await Assert.ThrowsAsync<NodeCommandException>(
            () => source.StartAsync(
                new LocalNodeShell(),
                new RecordingRequest(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)),
                Token));

        Assert.Contains("/nonexistent/k8sfp", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_RecordingGarbledOnTheNode_FailsWithLineAndKeepsTheFile()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("k8sfp-rec-").FullName;
        var source = new ProcRecorderSource(new ProcRecorderOptions { WorkingDirectory = directory });
        var recording = await source.StartAsync(
            new LocalNodeShell(), new RecordingRequest(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)), Token);
        await Task.Delay(TimeSpan.FromSeconds(3), TimeProvider.System, Token);
        string file = System.IO.Directory.GetFiles(directory, "*.rec").Single();
        var lines = (await File.ReadAllLinesAsync(file, Token)).ToList();
        lines.Insert(lines.FindIndex(l => l == "@stat") + 1, "cpu nonsense");
        await File.WriteAllLinesAsync(file, lines, Token);

        var ex = await Assert.ThrowsAsync<RecordingFormatException>(() => recording.CollectAsync(Token));
        await recording.DisposeAsync();

        Assert.Contains("/proc/stat", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.LineNumber);
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(file));
        System.IO.Directory.Delete(directory, recursive: true);
    }
}
