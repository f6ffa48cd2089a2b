using System.Text;
using System.Text.RegularExpressions;
using K8sFootprint.Nodes;

namespace K8sFootprint.Sources.Proc.Internal;

/// <summary>One window sampled by reading /proc files through the node shell on a schedule; a failed read is a
/// missing sample (a gap), never a zero.</summary>
internal sealed partial class ProcReadRecording : IFootprintRecording
{
    private readonly INodeShell _node;
    private readonly RecordingRequest _request;
    private readonly TimeProvider _timeProvider;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<ProcRecording> _loop;
    private long _bytesRead;

    public ProcReadRecording(INodeShell node, RecordingRequest request, TimeProvider timeProvider)
    {
        _node = node;
        _request = request;
        _timeProvider = timeProvider;
        StartedAt = timeProvider.GetUtcNow();
        _loop = Task.Run(() => LoopAsync(_stop.Token));
    }

    public DateTimeOffset StartedAt { get; }

    public async Task<RecordedWindow> CollectAsync(CancellationToken cancellationToken = default)
    {
        var recording = await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (recording.Samples.Count < 2)
        {
            throw new NodeConnectionException(
                $"Only {recording.Samples.Count} reads of /proc on node '{_node.Node}' succeeded; a window needs at " +
                "least two.")
            {
                Node = _node.Node,
                Step = "read /proc",
                IsTransient = true,
            };
        }

        var window = ProcRecordingConverter.ToRecordedWindow(recording, _node.Node);
        return window with
        {
            Source = ProcReadSource.SourceName,
            Overhead = new ObserverOverhead(0, 0, _bytesRead,
                "/proc read through the node shell from the controller every " +
                $"{_request.Interval.TotalSeconds:0.#} s; " +
                "it contacts the node during the window: the network figure counts the file contents read " +
                "(protocol overhead comes on top); the node-side CPU of serving the reads is not measured."),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or K8sFootprintException)
        {
            // Stopped on purpose, or already reported by CollectAsync.
        }

        _stop.Dispose();
    }

    private async Task<ProcRecording> LoopAsync(CancellationToken cancellationToken)
    {
        var recording = new ProcRecording
        {
            IntervalCentiseconds = (int)(_request.Interval.TotalMilliseconds / 10),
            DurationCentiseconds = (int)(_request.Window.TotalMilliseconds / 10),
            BootId = (await ReadAsync("/proc/sys/kernel/random/boot_id", cancellationToken).ConfigureAwait(false))
                .Trim(),
            Kernel = (await ReadAsync("/proc/sys/kernel/osrelease", cancellationToken).ConfigureAwait(false)).Trim(),
            Hostname = (await ReadAsync("/proc/sys/kernel/hostname", cancellationToken).ConfigureAwait(false)).Trim(),
        };
        await SamplingSchedule.RunAsync(StartedAt, _request, _timeProvider,
            (k, ct) => SampleAsync(recording, k, ct), cancellationToken).ConfigureAwait(false);
        return recording;
    }

    private async Task SampleAsync(ProcRecording recording, int index, CancellationToken cancellationToken)
    {
        try
        {
            string uptime = await ReadAsync("/proc/uptime", cancellationToken).ConfigureAwait(false);
            long centiseconds = (long)(double.Parse(
                uptime.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 100);
            var sample = new ProcSample(centiseconds, index + 1);
            string stat = await ReadAsync("/proc/stat", cancellationToken).ConfigureAwait(false);
            string meminfo = await ReadAsync("/proc/meminfo", cancellationToken).ConfigureAwait(false);
            string diskstats = await ReadAsync("/proc/diskstats", cancellationToken).ConfigureAwait(false);
            string netdev = await ReadAsync("/proc/net/dev", cancellationToken).ConfigureAwait(false);
            Fill(recording, sample, stat, meminfo, diskstats, netdev);
            if (recording.Filesystems.Count == 0)
            {
                string mountinfo = await ReadAsync("/proc/self/mountinfo", cancellationToken).ConfigureAwait(false);
                var filesystems = new ProcFilesystems(centiseconds) { Complete = true };
                filesystems.Mounts.AddRange(Lines(mountinfo).Select((l, i) =>
                    MountInfoParser.ParseLine(l, new TextLocation("/proc/self/mountinfo", i + 1))));
                recording.Filesystems.Add(filesystems);
            }

            long unixNanoseconds = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds() * 1_000_000;
            if (recording.Realtime.Count == 0)
            {
                recording.Realtime.Add((centiseconds, unixNanoseconds));
            }

            recording.Samples.Add(sample);
            recording.EndUptime = centiseconds;
        }
        catch (K8sFootprintException) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed read is a gap in the series, flagged by the arithmetic like any other gap.
        }
    }

    private static void Fill(
        ProcRecording recording, ProcSample sample, string stat, string meminfo, string diskstats, string netdev)
    {
        foreach (string line in Lines(stat).Where(l => l.StartsWith("cpu ", StringComparison.Ordinal)))
        {
            sample.Cpu = ProcStatParser.ParseCpuLine(line, new TextLocation("/proc/stat", null));
        }

        if (recording.CpuCount == 0)
        {
            recording.CpuCount = Lines(stat).Count(l => CpuLine().IsMatch(l));
        }

        foreach (var (line, i) in Lines(meminfo).Select((l, i) => (l, i)))
        {
            var pair = MemInfoParser.ParseLine(line, new TextLocation("/proc/meminfo", i + 1));
            sample.Memory[pair.Key] = pair.Value;
        }

        sample.Disks = [.. Lines(diskstats).Select((l, i) =>
            DiskStatsParser.ParseLine(l, new TextLocation("/proc/diskstats", i + 1)))];
        sample.Interfaces = [.. Lines(netdev).Where(l => !NetDevParser.IsHeader(l)).Select((l, i) =>
            NetDevParser.ParseLine(l, new TextLocation("/proc/net/dev", i + 1)))];
        if (recording.BlockDevices.Count == 0)
        {
            // No /sys listing through a file read: whole disks are recognised by their kernel names.
            recording.BlockDevices.AddRange(sample.Disks.Select(d => d.Device).Where(d => WholeDisk().IsMatch(d)));
            recording.PhysicalInterfaces.AddRange(
                sample.Interfaces.Select(i => i.Interface).Where(i => PhysicalInterface().IsMatch(i)));
        }
    }

    private async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] content = await _node.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _bytesRead, content.Length);
        return Encoding.UTF8.GetString(content);
    }

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^cpu[0-9]+ ", RegexOptions.None, 1000)]
    private static partial Regex CpuLine();

    [GeneratedRegex(
        @"^(sd[a-z]+|vd[a-z]+|xvd[a-z]+|hd[a-z]+|nvme[0-9]+n[0-9]+|mmcblk[0-9]+)\z", RegexOptions.None, 1000)]
    private static partial Regex WholeDisk();

    [GeneratedRegex(@"^(eth[0-9]+|en[a-z0-9]+|wl[a-z0-9]+)\z", RegexOptions.None, 1000)]
    private static partial Regex PhysicalInterface();
}
