namespace K8sFootprint.Sources;

/// <summary>What the node is: name, kernel, size and operating system.</summary>
/// <param name="Hostname">The node's host name.</param>
/// <param name="Kernel">The kernel release, such as <c>6.8.0-45-generic</c>.</param>
/// <param name="CpuCount">Online logical CPUs.</param>
/// <param name="MemoryTotalBytes">MemTotal in bytes.</param>
/// <param name="OsRelease">The key/value pairs of <c>/etc/os-release</c>.</param>
/// <param name="BootId">The kernel's boot id; a change means a reboot.</param>
/// <param name="ClockTicksPerSecond">USER_HZ, the unit of <c>/proc/stat</c>.</param>
public sealed record HostFacts(
    string Hostname,
    string Kernel,
    int CpuCount,
    long MemoryTotalBytes,
    IReadOnlyDictionary<string, string> OsRelease,
    string BootId,
    int ClockTicksPerSecond)
{
    /// <summary>Gets the operating system's display name (<c>PRETTY_NAME</c>), or an empty string.</summary>
    public string OperatingSystem => OsRelease.TryGetValue("PRETTY_NAME", out string? name) ? name : string.Empty;
}
