namespace K8sFootprint.Measurement;

/// <summary>Traffic of one interface over the window.</summary>
/// <param name="Interface">The interface name.</param>
/// <param name="Class">Which figure it belongs to.</param>
/// <param name="ReceiveBytes">Bytes received.</param>
/// <param name="TransmitBytes">Bytes transmitted.</param>
public sealed record InterfaceTraffic(
    string Interface,
    InterfaceClass Class,
    double ReceiveBytes,
    double TransmitBytes);
