using System.IO.Compression;
using System.Net.Http.Headers;
using K8sFootprint.Nodes;
using K8sFootprint.Sources.NodeExporter.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sFootprint.Sources.NodeExporter;

/// <summary>
/// Scrapes a node exporter's <c>/metrics</c> directly at the sample interval during the window — for users with
/// an exporter but no Prometheus. Unlike the /proc recorder it talks to the node during the window; the bytes it
/// moves and the exporter's own CPU and memory are reported as observer overhead.
/// </summary>
public sealed class NodeExporterScrapeSource : IFootprintSource
{
    private readonly HttpClient _http;
    private readonly NodeExporterScrapeOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="NodeExporterScrapeSource"/> class.</summary>
    /// <param name="http">The client to scrape with (from <c>IHttpClientFactory</c> or your own); not disposed
    /// here.</param>
    /// <param name="options">The exporter's address and the scrape time limit.</param>
    /// <param name="timeProvider">The clock that schedules and stamps scrapes.</param>
    /// <param name="logger">Where to log failed scrapes.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public NodeExporterScrapeSource(
        HttpClient http,
        NodeExporterScrapeOptions options,
        TimeProvider? timeProvider = null,
        ILogger<NodeExporterScrapeSource>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<NodeExporterScrapeSource>.Instance;
    }

    /// <inheritdoc/>
    public string Name => ScrapeConverter.SourceName;

    /// <inheritdoc/>
    /// <remarks>The node shell is not used: the exporter is reached over HTTP.</remarks>
    public Task<IFootprintRecording> StartAsync(
        INodeShell node, RecordingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();

        var recording = new ScrapeRecording(this, request, _timeProvider);
        return Task.FromResult<IFootprintRecording>(recording);
    }

    /// <summary>Scrapes once; a failure is logged and returns <see langword="null"/>, leaving a gap.</summary>
    internal async Task<Scrape?> ScrapeAsync(CancellationToken cancellationToken)
    {
        double started = UnixSeconds();
        using var timeout = new CancellationTokenSource(_options.ScrapeTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, _options.MetricsUrl);
            request.Headers.Accept.ParseAdd("text/plain; version=0.0.4");
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token)
                .ConfigureAwait(false);
            response.EnsureSuccessStatusCode();

            byte[] wire = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            bool gzip = response.Content.Headers.ContentEncoding.Contains("gzip", StringComparer.OrdinalIgnoreCase);
            using var body = gzip
                ? new GZipStream(new MemoryStream(wire), CompressionMode.Decompress)
                : (Stream)new MemoryStream(wire);
            var exposition = await ExpositionParser.ParseAsync(body, ExpositionFormat.Text, strict: false, linked.Token)
                .ConfigureAwait(false);
            return new Scrape((started + UnixSeconds()) / 2, exposition, wire.Length);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidDataException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            _logger.ScrapeFailed(_options.MetricsUrl.ToString(), ex.Message);
            return null;
        }
    }

    internal string Url => _options.MetricsUrl.ToString();

    private double UnixSeconds() => (_timeProvider.GetUtcNow() - DateTimeOffset.UnixEpoch).TotalSeconds;
}
