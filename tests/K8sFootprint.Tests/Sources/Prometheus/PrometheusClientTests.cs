using System.Net;
using System.Text;
using K8sFootprint.Sources.Prometheus;

namespace K8sFootprint.Tests.Sources.Prometheus;

/// <summary>Responses real servers and proxies send, from a stub handler (a real server will not produce the
/// malformed ones on demand).</summary>
public sealed class PrometheusClientTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    [Fact]
    public async Task QueryAsync_Matrix_ReturnsRawSamplesWithStringValues()
    {
        const string Body = """
            {"status":"success","data":{"resultType":"matrix","result":[{"metric":{"mode":"idle"},
            "values":[[1700000000,"1.5"],[1700000001.5,"NaN"],[1700000003,"+Inf"]]}]},"warnings":["partial"]}
            """;
        var sut = Client(HttpStatusCode.OK, Body, "application/json");

        var result = await sut.QueryAsync("node_cpu_seconds_total[5s]", At, TestContext.Current.CancellationToken);

        Assert.Equal("matrix", result.ResultType);
        var series = Assert.Single(result.Series);
        Assert.Equal("idle", series.Labels["mode"]);
        Assert.Equal(1.5, series.Samples[0].Value);
        Assert.True(double.IsNaN(series.Samples[1].Value));
        Assert.Equal(1700000001.5, series.Samples[1].Time);
        Assert.Equal(double.PositiveInfinity, series.Samples[2].Value);
        Assert.Equal(["partial"], result.Warnings);
    }

    [Theory]
    [InlineData(
        HttpStatusCode.BadRequest,
        """{"status":"error","errorType":"bad_data","error":"parse error"}""",
        "bad_data",
        false)]
    [InlineData(
        (HttpStatusCode)422,
        """{"status":"error","errorType":"execution","error":"too many samples"}""",
        "execution",
        false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, "Service Unavailable", null, true)]
    [InlineData(HttpStatusCode.BadGateway, "<html><body>Bad gateway</body></html>", null, true)]
    [InlineData(HttpStatusCode.Unauthorized, "", null, false)]
    [InlineData((HttpStatusCode)499, "client closed", null, true)]
    public async Task QueryAsync_ErrorResponse_ThrowsTypedErrorNamingTheQuery(
        HttpStatusCode status, string body, string? errorType, bool transient)
    {
        var sut = Client(status, body, body.StartsWith('{') ? "application/json" : "text/plain");

        var ex = await Assert.ThrowsAsync<PrometheusQueryException>(
            () => sut.QueryAsync("up{job=\"node\"}", At, TestContext.Current.CancellationToken));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(errorType, ex.ErrorType);
        Assert.Equal(transient, ex.IsTransient);
        Assert.Contains("up{job=\"node\"}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"HTTP {(int)status}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"status":"success"}""")]
    [InlineData("""{"status":"success","data":{"resultType":"vector","result":[{"value":[1,"1"]}]}}""")]
    [InlineData("""{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"x"]}]}}""")]
    public async Task QueryAsync_SuccessWithMalformedData_ThrowsTypedErrorNotNullReference(string body)
    {
        var sut = Client(HttpStatusCode.OK, body, "application/json");

        var ex = await Assert.ThrowsAsync<PrometheusQueryException>(
            () => sut.QueryAsync("up", At, TestContext.Current.CancellationToken));

        Assert.Contains("expected shape", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_CredentialsInTheAddressOrToken_NeverReachTheMessage()
    {
        var handler = new StubHandler(HttpStatusCode.Forbidden, "denied", "text/plain");
        var sut = new PrometheusClient(new HttpClient(handler), new PrometheusClientOptions
        {
            BaseAddress = new Uri("http://user:Url-Secret-1@prom.example:9090/"),
            BearerToken = "Token-Secret-2",
            MaxRetries = 0,
        });

        var ex = await Assert.ThrowsAsync<PrometheusQueryException>(
            () => sut.QueryAsync("up", At, TestContext.Current.CancellationToken));

        Assert.DoesNotContain("Url-Secret-1", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Token-Secret-2", ex.ToString(), StringComparison.Ordinal);
        Assert.Equal("Bearer", handler.Last!.Headers.Authorization!.Scheme);
    }

    [Fact]
    public async Task QueryAsync_LongQuery_IsSentAsAFormPost()
    {
        var handler = new StubHandler(
            HttpStatusCode.OK,
            """{"status":"success","data":{"resultType":"vector","result":[]}}""",
            "application/json");
        var sut = new PrometheusClient(new HttpClient(handler), new PrometheusClientOptions
        {
            BaseAddress = new Uri("http://prom.example/prefix"),
            Headers = new Dictionary<string, string> { ["X-Scope-OrgID"] = "tenant-a" },
        });

        await sut.QueryAsync(new string('a', 3000), At, TestContext.Current.CancellationToken);

        Assert.Equal(HttpMethod.Post, handler.Last!.Method);
        Assert.Equal("http://prom.example/prefix/api/v1/query", handler.Last.RequestUri!.ToString());
        Assert.Equal("tenant-a", handler.Last.Headers.GetValues("X-Scope-OrgID").Single());
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, 2)]
    [InlineData(HttpStatusCode.TooManyRequests, 3)]
    public async Task QueryAsync_TransientFailures_AreRetriedUntilTheServerAnswers(HttpStatusCode status, int failures)
    {
        var handler = new SequenceHandler(status, failures);
        var sut = new PrometheusClient(new HttpClient(handler), new PrometheusClientOptions
        {
            BaseAddress = new Uri("http://prom.example:9090"),
            RetryDelay = TimeSpan.FromMilliseconds(1),
        });

        var result = await sut.QueryAsync("up", At, TestContext.Current.CancellationToken);

        Assert.Equal("vector", result.ResultType);
        Assert.Equal(failures + 1, handler.Requests);
    }

    [Fact]
    public async Task QueryAsync_BadData_IsNotRetried()
    {
        var handler = new SequenceHandler(HttpStatusCode.BadRequest, 5);
        var sut = new PrometheusClient(new HttpClient(handler), new PrometheusClientOptions
        {
            BaseAddress = new Uri("http://prom.example:9090"),
            RetryDelay = TimeSpan.FromMilliseconds(1),
        });

        await Assert.ThrowsAsync<PrometheusQueryException>(
            () => sut.QueryAsync("up", At, TestContext.Current.CancellationToken));

        Assert.Equal(1, handler.Requests);
    }

    private sealed class SequenceHandler(HttpStatusCode failure, int failures) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            var response = Requests <= failures
                ? new HttpResponseMessage(failure)
                {
                    Content = new StringContent("""{"status":"error","errorType":"bad_data","error":"x"}"""),
                }
                : new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent("""{"status":"success","data":{"resultType":"vector","result":[]}}"""),
                };
            return Task.FromResult(response);
        }
    }

    [Fact]
    public async Task QueryRangeAsync_MoreStepsThanThePointsLimit_IsSplitAndMergedWithoutGapsOrRepeats()
    {
        var handler = new RangeHandler();
        var sut = new PrometheusClient(new HttpClient(handler), new PrometheusClientOptions
        {
            BaseAddress = new Uri("http://prom.example:9090"),
            MaxPointsPerQuery = 1000,
        });

        var result = await sut.QueryRangeAsync(
            "up", At, At.AddSeconds(2500), TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        Assert.Equal(3, handler.Requests);
        var times = Assert.Single(result.Series).Samples.Select(p => p.Time).ToList();
        Assert.Equal(2501, times.Count);
        Assert.Equal(Enumerable.Range(0, 2501).Select(i => 1700000000.0 + i), times);
    }

    [Fact]
    public async Task QueryRangeAsync_EndBeforeStart_ThrowsNamingBoth()
    {
        var sut = Client(HttpStatusCode.OK, "{}", "application/json");

        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => sut.QueryRangeAsync(
                "up", At, At.AddSeconds(-1), TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken));

        Assert.Contains("start", ex.Message, StringComparison.Ordinal);
    }

    private sealed class RangeHandler : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
            double start = double.Parse(query["start"]!, System.Globalization.CultureInfo.InvariantCulture);
            double end = double.Parse(query["end"]!, System.Globalization.CultureInfo.InvariantCulture);
            var points = new List<string>();
            for (double t = start; t <= end; t += 1)
            {
                points.Add(FormattableString.Invariant($"[{t},\"1\"]"));
            }

            string body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":" +
                "[{\"metric\":{\"job\":\"node\"},\"values\":[" + string.Join(',', points) + "]}]}}";
            var content = new StringContent(body, Encoding.UTF8, "application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    private static PrometheusClient Client(HttpStatusCode status, string body, string mediaType) =>
        new(
            new HttpClient(new StubHandler(status, body, mediaType)),
            new PrometheusClientOptions { BaseAddress = new Uri("http://prom.example:9090"), MaxRetries = 0 });

    private sealed class StubHandler(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        public HttpRequestMessage? Last { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            Last = request;
            return Task.FromResult(
                new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
        }
    }
}
