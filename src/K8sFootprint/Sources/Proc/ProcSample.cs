namespace K8sFootprint.Sources.Proc;

/// <summary>One sample of the recording: the node's uptime clock in centiseconds and the files read.</summary>
internal sealed class ProcSample(long uptimeCentiseconds, int line)
{
    public long UptimeCentiseconds { get; } = uptimeCentiseconds;

    public int Line { get; } = line;

    public CpuTimes? Cpu { get; set; }

    public Dictionary<string, ulong> Memory { get; } = new(StringComparer.Ordinal);

    public List<DiskStats>? Disks { get; set; }

    public List<NetDevStats>? Interfaces { get; set; }
}
