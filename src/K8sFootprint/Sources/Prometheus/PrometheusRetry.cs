using System.Net;
using Polly;
using Polly.Retry;

namespace K8sFootprint.Sources.Prometheus;

/// <summary>The retry pipeline for Prometheus requests (Polly): transient failures only, exponential back-off
/// with jitter, delays on the given clock.</summary>
internal static class PrometheusRetry
{
    public static ResiliencePipeline<HttpResponseMessage> Create(
        PrometheusClientOptions options, TimeProvider timeProvider)
    {
        if (options.MaxRetries <= 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(IsTransient),
            })
            .Build();
    }

    private static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.TooManyRequests || (int)response.StatusCode == 499
        || (int)response.StatusCode >= 500;
}
