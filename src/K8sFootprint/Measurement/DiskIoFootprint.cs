namespace K8sFootprint.Measurement;

/// <summary>Disk i/o over the window, summed over whole disks only.</summary>
/// <param name="ReadBytes">Bytes read.</param>
/// <param name="WrittenBytes">Bytes written.</param>
/// <param name="ReadOps">Reads completed.</param>
/// <param name="WriteOps">Writes completed.</param>
/// <param name="Devices">Every device seen, with whether it counted.</param>
public sealed record DiskIoFootprint(
    double ReadBytes, double WrittenBytes, double ReadOps, double WriteOps, IReadOnlyList<DeviceIo> Devices)
{
    /// <summary>Gets bytes read plus bytes written: the headline figure.</summary>
    public double TotalBytes => ReadBytes + WrittenBytes;
}
