using System.Globalization;

namespace K8sFootprint.Sources.Prometheus;

/// <summary>
/// PromQL expressions that compute the five metrics inside Prometheus, for fleets too large to pull raw samples.
/// Evaluate each at t1. They differ from the exact arithmetic in known ways: <c>rate</c> and <c>increase</c>
/// extrapolate to the window's edges, <c>avg_over_time</c> over a subquery is an unweighted mean, and the device
/// filters are name patterns rather than the node's own list of whole disks and physical interfaces.
/// </summary>
public static class ServerSideQueries
{
    private const string VirtualDisks =
        "dm-.*|md.*|loop.*|ram.*|zram.*|sr.*|fd.*|nbd.*|[a-z]+[0-9]+p[0-9]+|(s|v|xv|h)d[a-z]+[0-9]+";
    private const string NotExternal =
        "lo|veth.*|cni.*|flannel.*|cali.*|cilium.*|lxc.*|vxlan.*|kube-ipvs.*|kube-bridge.*|docker.*|br-.*|" +
        "tunl.*|genev.*|" +
        "ifb.*|dummy.*|virbr.*|vnet.*|tun.*|tap.*|wg.*|bond.*|team.*|nodelocaldns.*";

    private const string PseudoFileSystems = "tmpfs|devtmpfs|ramfs|overlay|squashfs|nsfs|autofs|fuse.lxcfs|iso9660";

    /// <summary>Average busy cores: user + nice + system + irq + softirq.</summary>
    /// <param name="selector">Label matchers for one node, such as <c>instance="10.0.0.12:9100"</c>.</param>
    /// <param name="window">The window's length.</param>
    /// <returns>The expression.</returns>
    public static string BusyCores(string selector, TimeSpan window) =>
        $"sum(rate(node_cpu_seconds_total{{mode=~\"user|nice|system|irq|softirq\",{selector}}}[{Seconds(window)}]))";

    /// <summary>Average used memory (MemTotal − MemAvailable), unweighted over a subquery at the
    /// interval.</summary>
    /// <param name="selector">Label matchers for one node.</param>
    /// <param name="window">The window's length.</param>
    /// <param name="interval">The subquery's step.</param>
    /// <returns>The expression.</returns>
    public static string AverageUsedMemory(string selector, TimeSpan window, TimeSpan interval) =>
        $"avg_over_time((node_memory_MemTotal_bytes{{{selector}}} - node_memory_MemAvailable_bytes{{{selector}}})" +
        $"[{Seconds(window)}:{Seconds(interval)}])";

    /// <summary>Bytes read plus written on whole disks over the window.</summary>
    /// <param name="selector">Label matchers for one node.</param>
    /// <param name="window">The window's length.</param>
    /// <returns>The expression.</returns>
    public static string DiskBytes(string selector, TimeSpan window) =>
        $"sum(increase(node_disk_read_bytes_total{{device!~\"{VirtualDisks}\",{selector}}}[{Seconds(window)}]))" +
        $" + sum(increase(node_disk_written_bytes_total{{device!~\"{VirtualDisks}\",{selector}}}[{Seconds(window)}]))";

    /// <summary>Bytes received plus transmitted on external interfaces over the window.</summary>
    /// <param name="selector">Label matchers for one node.</param>
    /// <param name="window">The window's length.</param>
    /// <returns>The expression.</returns>
    public static string ExternalNetworkBytes(string selector, TimeSpan window) =>
        $"sum(increase(node_network_receive_bytes_total{{device!~\"{NotExternal}\",{selector}}}[{Seconds(window)}]))" +
        " + sum(increase(" +
        $"node_network_transmit_bytes_total{{device!~\"{NotExternal}\",{selector}}}[{Seconds(window)}]))";

    /// <summary>Bytes received plus transmitted on loopback over the window.</summary>
    /// <param name="selector">Label matchers for one node.</param>
    /// <param name="window">The window's length.</param>
    /// <returns>The expression.</returns>
    public static string LoopbackBytes(string selector, TimeSpan window) =>
        $"sum(increase(node_network_receive_bytes_total{{device=\"lo\",{selector}}}[{Seconds(window)}]))" +
        $" + sum(increase(node_network_transmit_bytes_total{{device=\"lo\",{selector}}}[{Seconds(window)}]))";

    /// <summary>Used bytes over distinct block-device file systems, counting each device once.</summary>
    /// <param name="selector">Label matchers for one node.</param>
    /// <returns>The expression.</returns>
    public static string DiskUsage(string selector) =>
        "sum(max by (device) (" +
        $"node_filesystem_size_bytes{{device=~\"/dev/.*\",fstype!~\"{PseudoFileSystems}\",{selector}}}" +
        $" - node_filesystem_free_bytes{{device=~\"/dev/.*\",fstype!~\"{PseudoFileSystems}\",{selector}}}))";

    private static string Seconds(TimeSpan time) =>
        ((long)Math.Round(time.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + "s";
}
