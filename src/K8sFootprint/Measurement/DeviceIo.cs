namespace K8sFootprint.Measurement;

/// <summary>Disk i/o of one device over the window.</summary>
/// <param name="Device">The device name, such as <c>vda</c>.</param>
/// <param name="ReadBytes">Bytes read.</param>
/// <param name="WrittenBytes">Bytes written.</param>
/// <param name="ReadOps">Reads completed.</param>
/// <param name="WriteOps">Writes completed.</param>
/// <param name="Counted">Whether this device is part of the total (a selected whole disk).</param>
public sealed record DeviceIo(
    string Device,
    double ReadBytes,
    double WrittenBytes,
    double ReadOps,
    double WriteOps,
    bool Counted);
