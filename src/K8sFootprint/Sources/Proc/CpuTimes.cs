namespace K8sFootprint.Sources.Proc;

/// <summary>The aggregate <c>cpu</c> line of <c>/proc/stat</c>, in clock ticks (USER_HZ).</summary>
/// <remarks><c>Guest</c> and <c>GuestNice</c> are already included in <c>User</c> and <c>Nice</c>.
/// Fields a kernel does not report are <see langword="null"/>.</remarks>
internal sealed record CpuTimes(
    ulong User,
    ulong Nice,
    ulong System,
    ulong Idle,
    ulong? Iowait,
    ulong? Irq,
    ulong? Softirq,
    ulong? Steal,
    ulong? Guest,
    ulong? GuestNice);
