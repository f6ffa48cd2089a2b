namespace K8sFootprint.Measurement;

/// <summary>
/// Which disks count for disk i/o and which interfaces count as external network. Patterns are shell-style
/// globs (<c>*</c>, <c>?</c>) matched against the whole device or interface name.
/// </summary>
public sealed record DeviceSelection
{
    /// <summary>Gets the prefixes of virtual pod, bridge and tunnel interfaces.</summary>
    public static IReadOnlyList<string> DefaultPodInterfacePatterns { get; } =
    [
        "veth*", "cni*", "flannel*", "cali*", "cilium*", "lxc*", "vxlan*", "kube-ipvs*", "kube-bridge*",
        "docker*", "br-*", "tunl*", "genev*",
    ];

    /// <summary>Gets the virtual interfaces that are never external when a source cannot tell which interfaces
    /// are backed by a device (an exporter, unlike <c>/sys/class/net</c>, does not say).</summary>
    public static IReadOnlyList<string> DefaultVirtualInterfacePatterns { get; } =
        ["ifb*", "dummy*", "virbr*", "vnet*", "tun*", "tap*", "wg*", "bond*", "team*", "*.*", "nodelocaldns*"];

    /// <summary>Gets the prefixes of block devices that repeat bytes already counted on a whole disk.</summary>
    public static IReadOnlyList<string> DefaultVirtualDiskPatterns { get; } =
        ["loop*", "dm-*", "md*", "ram*", "zram*", "sr*", "fd*", "nbd*"];

    /// <summary>Gets disks to count. When empty, every whole disk that is not virtual counts.</summary>
    public IReadOnlyList<string> IncludeDisks { get; init; } = [];

    /// <summary>Gets disks never to count.</summary>
    public IReadOnlyList<string> ExcludeDisks { get; init; } = [];

    /// <summary>Gets interfaces to count as external. When empty, interfaces backed by a device count.</summary>
    public IReadOnlyList<string> IncludeInterfaces { get; init; } = [];

    /// <summary>Gets interfaces never to count as external.</summary>
    public IReadOnlyList<string> ExcludeInterfaces { get; init; } = [];

    /// <summary>Gets the patterns of pod, bridge and tunnel interfaces.</summary>
    public IReadOnlyList<string> PodInterfaces { get; init; } = DefaultPodInterfacePatterns;
}
