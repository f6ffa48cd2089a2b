using K8sFootprint.Nodes;

namespace K8sFootprint.Sources.NodeExporter;

/// <summary>A scrape loop: one scrape at t0, one per interval, one at t1.</summary>
internal sealed class ScrapeRecording : IFootprintRecording
{
    private readonly NodeExporterScrapeSource _source;
    private readonly RecordingRequest _request;
    private readonly TimeProvider _timeProvider;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<List<Scrape>> _loop;

    public ScrapeRecording(NodeExporterScrapeSource source, RecordingRequest request, TimeProvider timeProvider)
    {
        _source = source;
        _request = request;
        _timeProvider = timeProvider;
        StartedAt = timeProvider.GetUtcNow();
        _loop = Task.Run(() => LoopAsync(_stop.Token));
    }

    public DateTimeOffset StartedAt { get; }

    public async Task<RecordedWindow> CollectAsync(CancellationToken cancellationToken = default)
    {
        var scrapes = await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (scrapes.Count < 2)
        {
            throw new NodeConnectionException(
                $"Only {scrapes.Count} of the scrapes of '{_source.Url}' succeeded; a window needs at least two.")
            {
                Step = "scrape node exporter",
                IsTransient = true,
            };
        }

        return ScrapeConverter.ToRecordedWindow(scrapes, _request.Interval, _source.Url);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _stop.Dispose();
    }

    private async Task<List<Scrape>> LoopAsync(CancellationToken cancellationToken)
    {
        var scrapes = new List<Scrape>();
        await SamplingSchedule.RunAsync(StartedAt, _request, _timeProvider, async (_, ct) =>
        {
            if (await _source.ScrapeAsync(ct).ConfigureAwait(false) is { } scrape)
            {
                scrapes.Add(scrape);
            }
        }, cancellationToken).ConfigureAwait(false);
        return scrapes;
    }
}
