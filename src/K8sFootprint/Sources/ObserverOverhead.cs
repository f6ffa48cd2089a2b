namespace K8sFootprint.Sources;

/// <summary>What the measurement itself spent on the node during the window.</summary>
/// <param name="CpuSeconds">CPU time used by the observer (recorder or exporter) inside the window.</param>
/// <param name="BytesWritten">Bytes the observer wrote on the node (the recording).</param>
/// <param name="NetworkBytes">Bytes the observer moved over the network during the window.</param>
/// <param name="Description">Where the numbers come from, for people.</param>
/// <param name="ResidentMemoryBytes">The observer's average resident memory, when known (an exporter's
/// <c>process_resident_memory_bytes</c>).</param>
public sealed record ObserverOverhead(
    double CpuSeconds, long BytesWritten, long NetworkBytes, string Description, double? ResidentMemoryBytes = null);
