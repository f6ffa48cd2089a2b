namespace K8sFootprint.Measurement;

/// <summary>Memory over the window; used = MemTotal − MemAvailable, averaged by time (trapezoid rule).</summary>
/// <param name="AverageUsedBytes">Time-weighted average used bytes.</param>
/// <param name="MaxUsedBytes">Largest used bytes seen.</param>
/// <param name="MinUsedBytes">Smallest used bytes seen.</param>
/// <param name="TotalBytes">MemTotal.</param>
/// <param name="Coverage">Covered time as a fraction of the window.</param>
/// <param name="SampleCount">Points used, edges included.</param>
public sealed record MemoryFootprint(
    double? AverageUsedBytes,
    double? MaxUsedBytes,
    double? MinUsedBytes,
    long TotalBytes,
    double Coverage,
    int SampleCount);
