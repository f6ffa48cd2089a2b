using System.Net;

namespace K8sFootprint.Sources.Prometheus;

/// <summary>A Prometheus-compatible API refused or failed a query; carries the status, the error type and the
/// query.</summary>
public sealed class PrometheusQueryException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="PrometheusQueryException"/> class.</summary>
    public PrometheusQueryException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PrometheusQueryException"/> class.</summary>
    /// <param name="message">A sentence naming the query, the server and what went wrong.</param>
    public PrometheusQueryException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PrometheusQueryException"/> class.</summary>
    /// <param name="message">A sentence naming the query, the server and what went wrong.</param>
    /// <param name="innerException">The failure underneath.</param>
    public PrometheusQueryException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the HTTP status, when a response arrived.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>Gets the API's <c>errorType</c>, such as <c>bad_data</c> or <c>execution</c>.</summary>
    public string? ErrorType { get; init; }

    /// <summary>Gets the PromQL query.</summary>
    public string? Query { get; init; }
}
