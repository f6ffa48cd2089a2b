namespace K8sFootprint.Sources.Proc;

/// <summary>The parsed content of a recorder file, before it becomes series.</summary>
internal sealed class ProcRecording
{
    public int IntervalCentiseconds { get; set; }

    public int DurationCentiseconds { get; set; }

    public int ClockTicksPerSecond { get; set; } = 100;

    public string BootId { get; set; } = string.Empty;

    public string Kernel { get; set; } = string.Empty;

    public string Hostname { get; set; } = string.Empty;

    public int CpuCount { get; set; }

    public List<string> PhysicalInterfaces { get; } = [];

    public List<string> BlockDevices { get; } = [];

    public Dictionary<string, string> OsRelease { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets (uptime centiseconds, Unix nanoseconds) pairs read by the recorder.</summary>
    public List<(long Uptime, long UnixNanoseconds)> Realtime { get; } = [];

    /// <summary>Gets the recorder's own CPU ticks (utime + stime + cutime + cstime) at t0 and t1.</summary>
    public List<(long Uptime, long Ticks)> SelfTicks { get; } = [];

    /// <summary>Gets the recorder's resident set size in kB, read at t0 and t1.</summary>
    public List<long> ResidentKilobytes { get; } = [];

    public List<ProcSample> Samples { get; } = [];

    public List<ProcFilesystems> Filesystems { get; } = [];

    public long? EndUptime { get; set; }

    public long SizeBytes { get; set; }
}
