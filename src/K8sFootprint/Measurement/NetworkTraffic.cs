namespace K8sFootprint.Measurement;

/// <summary>Traffic of one class of interfaces over the window.</summary>
/// <param name="ReceiveBytes">Bytes received.</param>
/// <param name="TransmitBytes">Bytes transmitted.</param>
/// <param name="Interfaces">The interfaces summed.</param>
public sealed record NetworkTraffic(double ReceiveBytes, double TransmitBytes, IReadOnlyList<string> Interfaces)
{
    /// <summary>Gets received plus transmitted bytes.</summary>
    public double TotalBytes => ReceiveBytes + TransmitBytes;
}
