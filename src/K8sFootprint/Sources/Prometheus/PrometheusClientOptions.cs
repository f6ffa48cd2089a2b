namespace K8sFootprint.Sources.Prometheus;

/// <summary>Where a Prometheus-compatible HTTP API is and how to authenticate to it.</summary>
public sealed record PrometheusClientOptions
{
    /// <summary>Gets the server's base address, such as <c>http://prometheus:9090/</c> (Thanos, Mimir and
    /// VictoriaMetrics expose the same API, possibly under a path prefix).</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>Gets a bearer token, sent as <c>Authorization: Bearer</c>; never logged.</summary>
    public string? BearerToken { get; init; }

    /// <summary>Gets a user for basic authentication.</summary>
    public string? BasicUser { get; init; }

    /// <summary>Gets the password for basic authentication; never logged.</summary>
    public string? BasicPassword { get; init; }

    /// <summary>Gets extra headers, such as a tenant header for Thanos or Mimir (<c>X-Scope-OrgID</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets how many times a transient failure (no answer, 429, 499, 5xx) is retried, with exponential
    /// back-off and jitter; zero turns retries off.</summary>
    /// <value>3.</value>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Gets the first retry delay; later ones grow exponentially.</summary>
    /// <value>500 milliseconds.</value>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets the most steps one range query asks for; longer ranges are split.</summary>
    /// <value>11 000, Prometheus' limit of points per series.</value>
    public int MaxPointsPerQuery { get; init; } = 11_000;

    /// <summary>Gets the query length above which queries are sent as a form POST.</summary>
    /// <value>2000 characters.</value>
    public int PostAbove { get; init; } = 2000;
}
