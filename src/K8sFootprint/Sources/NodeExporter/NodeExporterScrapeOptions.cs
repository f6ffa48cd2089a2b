namespace K8sFootprint.Sources.NodeExporter;

/// <summary>How to scrape a node exporter directly.</summary>
public sealed record NodeExporterScrapeOptions
{
    /// <summary>Gets the exporter's metrics address, such as <c>http://10.0.0.12:9100/metrics</c>.</summary>
    public required Uri MetricsUrl { get; init; }

    /// <summary>Gets the time limit of one scrape.</summary>
    /// <value>Ten seconds.</value>
    public TimeSpan ScrapeTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The address is not an absolute http(s) address or the timeout is not
    /// positive.</exception>
    public void Validate()
    {
        if (MetricsUrl is null || !MetricsUrl.IsAbsoluteUri || MetricsUrl.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"MetricsUrl must be an absolute http or https address; got '{MetricsUrl}'.", nameof(MetricsUrl));
        }

        if (ScrapeTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"ScrapeTimeout must be positive; got '{ScrapeTimeout}'.", nameof(ScrapeTimeout));
        }
    }
}
