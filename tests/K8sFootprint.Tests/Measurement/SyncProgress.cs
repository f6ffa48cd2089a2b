using K8sFootprint.Measurement;

namespace K8sFootprint.Tests.Measurement;

internal sealed class SyncProgress(Action<MeasurementProgress>? onReport = null) : IProgress<MeasurementProgress>
{
    public List<MeasurementProgress> Items { get; } = [];

    public void Report(MeasurementProgress value)
    {
        Items.Add(value);
        onReport?.Invoke(value);
    }
}
