namespace K8sFootprint.Sources.Prometheus;

/// <summary>Which node-exporter series to read from Prometheus, and when.</summary>
public sealed record PrometheusSourceOptions
{
    /// <summary>Gets the label matchers that pick one node's exporter, such as
    /// <c>instance="10.0.0.12:9100"</c>.</summary>
    public required string Selector { get; init; }

    /// <summary>Gets how long after t1 to wait before querying, so that the first scrape after t1 has landed; it
    /// should exceed the scrape interval.</summary>
    /// <value>Five seconds.</value>
    public TimeSpan IngestionDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The selector is empty or has braces of its own.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Selector) || Selector.Contains('{', StringComparison.Ordinal)
            || Selector.Contains('}', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                "Selector must be label matchers without braces, such as 'instance=\"10.0.0.12:9100\"'; " +
                $"got '{Selector}'.",
                nameof(Selector));
        }

        if (IngestionDelay < TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"IngestionDelay must not be negative; got '{IngestionDelay}'.", nameof(IngestionDelay));
        }
    }
}
