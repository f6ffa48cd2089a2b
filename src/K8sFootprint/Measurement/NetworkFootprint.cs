namespace K8sFootprint.Measurement;

/// <summary>Network i/o over the window as three separate figures that are never added together.</summary>
/// <param name="External">What crosses the wire: the headline figure.</param>
/// <param name="Loopback">Traffic on <c>lo</c>.</param>
/// <param name="Pod">Traffic on pod, bridge and tunnel interfaces.</param>
/// <param name="Interfaces">Every interface seen, with its class.</param>
public sealed record NetworkFootprint(
    NetworkTraffic External, NetworkTraffic Loopback, NetworkTraffic Pod, IReadOnlyList<InterfaceTraffic> Interfaces);
