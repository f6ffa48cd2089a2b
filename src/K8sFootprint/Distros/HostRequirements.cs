namespace K8sFootprint.Distros;

/// <summary>What a distribution needs from its host, from its own documentation.</summary>
public sealed record HostRequirements
{
    /// <summary>Gets the fewest logical CPUs.</summary>
    public int MinCpus { get; init; } = 2;

    /// <summary>Gets the documented minimum memory; below 85 % of it the check fails, below it it warns (a VM's
    /// MemTotal is always a little under its nominal size).</summary>
    public long MinMemoryBytes { get; init; } = 2_000_000_000;

    /// <summary>Gets memory the documentation recommends; less only warns.</summary>
    public long? RecommendedMemoryBytes { get; init; }

    /// <summary>Gets the least free space on <c>/var</c>.</summary>
    public long MinFreeDiskBytes { get; init; } = 5L << 30;

    /// <summary>Gets TCP ports that must be free.</summary>
    public IReadOnlyList<int> TcpPorts { get; init; } = [];

    /// <summary>Gets UDP ports that must be free.</summary>
    public IReadOnlyList<int> UdpPorts { get; init; } = [];

    /// <summary>Gets kernel modules that must be loadable.</summary>
    public IReadOnlyList<string> Modules { get; init; } = ["overlay", "br_netfilter"];

    /// <summary>Gets a value indicating whether swap must be off (the installer turns it off and warns).</summary>
    public bool SwapOff { get; init; }
}
