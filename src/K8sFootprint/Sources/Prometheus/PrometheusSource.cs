using K8sFootprint.Nodes;

namespace K8sFootprint.Sources.Prometheus;

/// <summary>
/// Reads a window's raw node-exporter samples from a Prometheus-compatible API — range selectors reaching one
/// interval beyond each edge of the window — and hands them to the same arithmetic as the /proc recorder. Nothing
/// talks to the node; Prometheus' own scrapes are the observer, and the exporter's CPU and memory are reported as
/// overhead.
/// </summary>
public sealed class PrometheusSource : IFootprintSource
{
    private readonly PrometheusClient _client;
    private readonly PrometheusSourceOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="PrometheusSource"/> class.</summary>
    /// <param name="client">The API client.</param>
    /// <param name="options">The node's selector and the ingestion delay.</param>
    /// <param name="timeProvider">The controller's clock; Prometheus' clock is assumed to agree with it.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public PrometheusSource(PrometheusClient client, PrometheusSourceOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _client = client;
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Name => PrometheusWindowReader.SourceName;

    /// <inheritdoc/>
    /// <remarks>The node shell is not used: the samples come from Prometheus.</remarks>
    public Task<IFootprintRecording> StartAsync(
        INodeShell node, RecordingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();

        var reader = new PrometheusWindowReader(_client, _options.Selector, request, _timeProvider.GetUtcNow());
        return Task.FromResult<IFootprintRecording>(new PrometheusRecording(reader, _options, _timeProvider));
    }
}
