namespace K8sFootprint.Sources.Proc;

/// <summary>One interface line of <c>/proc/net/dev</c>.</summary>
internal sealed record NetDevStats(
    string Interface,
    ulong ReceiveBytes,
    ulong ReceivePackets,
    ulong TransmitBytes,
    ulong TransmitPackets);
