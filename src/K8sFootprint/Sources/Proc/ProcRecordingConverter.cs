using K8sFootprint.Statistics;

namespace K8sFootprint.Sources.Proc;

/// <summary>Turns a parsed recording into the source-neutral <see cref="RecordedWindow"/>.</summary>
internal static class ProcRecordingConverter
{
    public const string SourceName = "proc-recorder";

    private static readonly string[] CpuModes = ["user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"];

    public static RecordedWindow ToRecordedWindow(ProcRecording recording, string location)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var samples = recording.Samples;
        double start = samples[0].UptimeCentiseconds / 100.0;
        double end = samples[^1].UptimeCentiseconds / 100.0;

        var series = new List<MetricSeries>();
        AddCpu(series, samples, recording.ClockTicksPerSecond);
        AddMemory(series, samples);
        AddDisks(series, samples);
        AddInterfaces(series, samples);

        return new RecordedWindow
        {
            Source = SourceName,
            Start = start,
            End = end,
            StartTime = WallClock(recording, samples[0].UptimeCentiseconds),
            Interval = TimeSpan.FromMilliseconds(recording.IntervalCentiseconds * 10.0),
            SampleCount = samples.Count,
            Series = series,
            FilesystemsAtStart = recording.Filesystems[0].ToSnapshot(),
            FilesystemsAtEnd = recording.Filesystems[^1].ToSnapshot(),
            PhysicalInterfaces = recording.PhysicalInterfaces,
            BlockDevices = recording.BlockDevices,
            Host = Host(recording),
            Overhead = Overhead(recording, location),
        };
    }

    private static HostFacts Host(ProcRecording recording) => new(
        recording.Hostname,
        recording.Kernel,
        recording.CpuCount,
        (long)recording.Samples[0].Memory["MemTotal"],
        recording.OsRelease,
        recording.BootId,
        recording.ClockTicksPerSecond);

    private static ObserverOverhead Overhead(ProcRecording recording, string location)
    {
        var ticks = recording.SelfTicks;
        double cpuSeconds = ticks.Count >= 2
            ? (double)(ticks[^1].Ticks - ticks[0].Ticks) / recording.ClockTicksPerSecond
            : 0;
        return new ObserverOverhead(
            cpuSeconds,
            recording.SizeBytes,
            NetworkBytes: 0,
            $"/proc recorder (POSIX sh) writing {location}; CPU time from its own /proc/self/stat at t0 and t1, " +
            "children (sleep) included; resident memory from its VmRSS; no network traffic during the window.",
            recording.ResidentKilobytes.Count > 0 ? recording.ResidentKilobytes.Average() * 1024 : null);
    }

    private static DateTimeOffset WallClock(ProcRecording recording, long uptime)
    {
        if (recording.Realtime.Count == 0)
        {
            return DateTimeOffset.UnixEpoch;
        }

        var (stampUptime, unixNanoseconds) = recording.Realtime[0];
        double unixSeconds = (unixNanoseconds / 1e9) + ((uptime - stampUptime) / 100.0);
        return DateTimeOffset.UnixEpoch.AddTicks((long)(unixSeconds * TimeSpan.TicksPerSecond));
    }

    private static void AddCpu(List<MetricSeries> series, List<ProcSample> samples, int ticksPerSecond)
    {
        double hz = ticksPerSecond;
        for (int m = 0; m < CpuModes.Length; m++)
        {
            int mode = m;
            var points = samples
                .Where(s => Mode(s.Cpu!, mode) is not null)
                .Select(s => new Sample(Time(s), Mode(s.Cpu!, mode)!.Value / hz))
                .ToList();
            if (points.Count > 0)
            {
                series.Add(Series(SeriesNames.CpuSeconds, SeriesNames.ModeLabel, CpuModes[m], points));
            }
        }

        AddGuest(series, samples, "user", c => c.Guest, hz);
        AddGuest(series, samples, "nice", c => c.GuestNice, hz);
    }

    private static void AddGuest(
        List<MetricSeries> series,
        List<ProcSample> samples,
        string mode,
        Func<CpuTimes, ulong?> pick,
        double hz)
    {
        var points = samples
            .Where(s => pick(s.Cpu!) is not null)
            .Select(s => new Sample(Time(s), pick(s.Cpu!)!.Value / hz))
            .ToList();
        if (points.Count > 0)
        {
            series.Add(Series(SeriesNames.CpuGuestSeconds, SeriesNames.ModeLabel, mode, points));
        }
    }

    private static ulong? Mode(CpuTimes cpu, int mode) => mode switch
    {
        0 => cpu.User,
        1 => cpu.Nice,
        2 => cpu.System,
        3 => cpu.Idle,
        4 => cpu.Iowait,
        5 => cpu.Irq,
        6 => cpu.Softirq,
        _ => cpu.Steal,
    };

    private static void AddMemory(List<MetricSeries> series, List<ProcSample> samples)
    {
        series.Add(new MetricSeries(
            SeriesNames.MemoryTotal,
            new Dictionary<string, string>(),
            samples.Select(s => new Sample(Time(s), s.Memory["MemTotal"])).ToList()));
        series.Add(new MetricSeries(
            SeriesNames.MemoryAvailable,
            new Dictionary<string, string>(),
            samples.Select(s => new Sample(Time(s), s.Memory["MemAvailable"])).ToList()));
    }

    private static void AddDisks(List<MetricSeries> series, List<ProcSample> samples)
    {
        var devices = samples.SelectMany(s => s.Disks!.Select(d => d.Device)).Distinct(StringComparer.Ordinal);
        foreach (string device in devices)
        {
            var rows = samples
                .Select(s => (Time: Time(s), Row: s.Disks!.Find(d => d.Device == device)))
                .Where(x => x.Row is not null)
                .ToList();
            series.Add(Series(SeriesNames.DiskReadBytes, SeriesNames.DeviceLabel, device,
                rows.Select(x => new Sample(x.Time, (double)x.Row!.SectorsRead * DiskStats.SectorBytes))));
            series.Add(Series(SeriesNames.DiskWrittenBytes, SeriesNames.DeviceLabel, device,
                rows.Select(x => new Sample(x.Time, (double)x.Row!.SectorsWritten * DiskStats.SectorBytes))));
            series.Add(Series(SeriesNames.DiskReadsCompleted, SeriesNames.DeviceLabel, device,
                rows.Select(x => new Sample(x.Time, x.Row!.ReadsCompleted))));
            series.Add(Series(SeriesNames.DiskWritesCompleted, SeriesNames.DeviceLabel, device,
                rows.Select(x => new Sample(x.Time, x.Row!.WritesCompleted))));
        }
    }

    private static void AddInterfaces(List<MetricSeries> series, List<ProcSample> samples)
    {
        var names = samples.SelectMany(s => s.Interfaces!.Select(i => i.Interface)).Distinct(StringComparer.Ordinal);
        foreach (string name in names)
        {
            var rows = samples
                .Select(s => (Time: Time(s), Row: s.Interfaces!.Find(i => i.Interface == name)))
                .Where(x => x.Row is not null)
                .ToList();
            series.Add(Series(SeriesNames.NetworkReceiveBytes, SeriesNames.DeviceLabel, name,
                rows.Select(x => new Sample(x.Time, x.Row!.ReceiveBytes))));
            series.Add(Series(SeriesNames.NetworkTransmitBytes, SeriesNames.DeviceLabel, name,
                rows.Select(x => new Sample(x.Time, x.Row!.TransmitBytes))));
        }
    }

    private static double Time(ProcSample sample) => sample.UptimeCentiseconds / 100.0;

    private static MetricSeries Series(string name, string label, string value, IEnumerable<Sample> points) =>
        new(name, new Dictionary<string, string> { [label] = value }, points.ToList());
}
