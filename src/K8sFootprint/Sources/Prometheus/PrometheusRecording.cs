namespace K8sFootprint.Sources.Prometheus;

/// <summary>A window to be read back from Prometheus once it has ended and its last scrape has landed.</summary>
internal sealed class PrometheusRecording(
    PrometheusWindowReader reader, PrometheusSourceOptions options, TimeProvider timeProvider) : IFootprintRecording
{
    public DateTimeOffset StartedAt => reader.Start;

    public async Task<RecordedWindow> CollectAsync(CancellationToken cancellationToken = default)
    {
        var wait = reader.End + options.IngestionDelay - timeProvider.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
