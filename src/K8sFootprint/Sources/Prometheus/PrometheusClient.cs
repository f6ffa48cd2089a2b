using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using K8sFootprint.Sources.NodeExporter;
using K8sFootprint.Statistics;

namespace K8sFootprint.Sources.Prometheus;

/// <summary>
/// A client for the Prometheus HTTP API (<c>/api/v1/query</c>) over an <see cref="HttpClient"/> the caller owns
/// (from <c>IHttpClientFactory</c>, with whatever resilience handlers the caller configures). Maps the response
/// envelope to typed results and typed errors.
/// </summary>
public sealed class PrometheusClient
{
    private readonly HttpClient _http;
    private readonly PrometheusClientOptions _options;
    private readonly Polly.ResiliencePipeline<HttpResponseMessage> _retry;

    /// <summary>Initializes a new instance of the <see cref="PrometheusClient"/> class.</summary>
    /// <param name="http">The HTTP client; not disposed here.</param>
    /// <param name="options">The server and its authentication.</param>
    /// <param name="timeProvider">The clock for retry delays; the system clock when <see langword="null"/>.</param>
    public PrometheusClient(HttpClient http, PrometheusClientOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.BaseAddress.IsAbsoluteUri || options.BaseAddress.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"BaseAddress must be an absolute http or https address; got '{options.BaseAddress}'.",
                nameof(options));
        }

        _http = http;
        _options = options;
        _retry = PrometheusRetry.Create(options, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Evaluates a query at one instant. A range selector (<c>metric[5m]</c>) returns the raw
    /// samples.</summary>
    /// <param name="query">The PromQL expression.</param>
    /// <param name="time">The evaluation time.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The result.</returns>
    /// <exception cref="PrometheusQueryException">The server refused or failed the query, or did not answer with
    /// the API's envelope; the message names the query and the status.</exception>
    public Task<PrometheusQueryResult> QueryAsync(
        string query, DateTimeOffset time, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var parameters = new Dictionary<string, string> { ["query"] = query, ["time"] = Seconds(time) };
        return SendAsync(query, "api/v1/query", parameters, Result, cancellationToken);
    }

    /// <summary>Evaluates a query at every step from start to end. Ranges longer than
    /// <see cref="PrometheusClientOptions.MaxPointsPerQuery"/> steps are split into several requests and the
    /// series merged, so the server's points limit is never hit.</summary>
    /// <param name="query">The PromQL expression.</param>
    /// <param name="start">The first evaluation time.</param>
    /// <param name="end">The last evaluation time.</param>
    /// <param name="step">The time between evaluations.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A matrix, one series per label set.</returns>
    /// <exception cref="ArgumentException">The range or step is invalid.</exception>
    /// <exception cref="PrometheusQueryException">The server refused or failed a part of the query.</exception>
    public async Task<PrometheusQueryResult> QueryRangeAsync(
        string query,
        DateTimeOffset start,
        DateTimeOffset end,
        TimeSpan step,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        if (step <= TimeSpan.Zero || end < start)
        {
            throw new ArgumentException(
                $"Expected a positive step and an end not before the start; got step '{step}', start '{start:O}', " +
                $"end '{end:O}'.");
        }

        var merged =
            new Dictionary<string, (IReadOnlyDictionary<string, string> Labels, List<Statistics.Sample> Samples)>(
                StringComparer.Ordinal);
        var warnings = new List<string>();
        var chunk = step * _options.MaxPointsPerQuery;
        for (var from = start; from <= end; from += chunk + step)
        {
            var to = from + chunk < end ? from + chunk : end;
            var parameters = new Dictionary<string, string>
            {
                ["query"] = query, ["start"] = Seconds(from), ["end"] = Seconds(to), ["step"] = Seconds(step),
            };
            var part = await SendAsync(query, "api/v1/query_range", parameters, Result, cancellationToken)
                .ConfigureAwait(false);
            warnings.AddRange(part.Warnings);
            foreach (var series in part.Series)
            {
                string key = string.Join('\u0001', series.Labels.OrderBy(l => l.Key, StringComparer.Ordinal));
                if (!merged.TryGetValue(key, out var entry))
                {
                    entry = (series.Labels, []);
                    merged[key] = entry;
                }

                entry.Samples.AddRange(series.Samples);
            }
        }

        var result = merged.Values.Select(m => new PrometheusSeries(m.Labels, m.Samples)).ToList();
        return new PrometheusQueryResult("matrix", result, warnings);
    }

    private static string Seconds(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Lists the label names the server knows.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The label names.</returns>
    /// <exception cref="PrometheusQueryException">The server refused or failed the request.</exception>
    public Task<IReadOnlyList<string>> LabelNamesAsync(CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<string>>(
            "labels",
            "api/v1/labels",
            [],
            root => Data(root).EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList(),
            cancellationToken);

    /// <summary>Finds the series that match a selector between two times.</summary>
    /// <param name="match">A series selector, such as <c>node_cpu_seconds_total{instance="n1:9100"}</c>.</param>
    /// <param name="start">The earliest time.</param>
    /// <param name="end">The latest time.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The label sets of the matching series.</returns>
    /// <exception cref="PrometheusQueryException">The server refused or failed the request.</exception>
    public Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> SeriesAsync(
        string match, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(match);
        var parameters = new Dictionary<string, string>
        {
            ["match[]"] = match, ["start"] = Seconds(start), ["end"] = Seconds(end),
        };
        return SendAsync<IReadOnlyList<IReadOnlyDictionary<string, string>>>(
            match,
            "api/v1/series",
            parameters,
            root => Data(root).EnumerateArray().Select(Labels).ToList(),
            cancellationToken);
    }

    /// <summary>Reads the server's build information (version, revision, Go version, ...).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The fields as the server reports them.</returns>
    /// <exception cref="PrometheusQueryException">The server refused or failed the request.</exception>
    public Task<IReadOnlyDictionary<string, string>> BuildInfoAsync(CancellationToken cancellationToken = default) =>
        SendAsync("build info", "api/v1/status/buildinfo", [], root => Labels(Data(root)), cancellationToken);

    private static JsonElement Data(JsonElement root) => root.GetProperty("data");

    private static IReadOnlyDictionary<string, string> Labels(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String
            ? p.Value.GetString() ?? string.Empty
            : p.Value.GetRawText());

    private async Task<T> SendAsync<T>(
        string query,
        string path,
        Dictionary<string, string> parameters,
        Func<JsonElement, T> map,
        CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            // A request message can be sent once, so each attempt builds its own.
            response = await _retry.ExecuteAsync(
                async token =>
                {
                    using var request = Request(path, parameters);
                    return await _http.SendAsync(request, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw Error(query, null, null, $"the server did not answer ({ex.Message})", ex);
        }

        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return Parse(query, response, body, map);
        }
    }

    private HttpRequestMessage Request(string path, Dictionary<string, string> parameters)
    {
        string root = _options.BaseAddress.ToString();
        var endpoint = new Uri(new Uri(root.EndsWith('/') ? root : root + "/"), path);
        string queryString = string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        var request = parameters.TryGetValue("query", out string? query) && query.Length > _options.PostAbove
            ? new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(parameters) }
            : new HttpRequestMessage(HttpMethod.Get, $"{endpoint}?{queryString}");
        if (_options.BearerToken is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (_options.BasicUser is { } user)
        {
            string pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{_options.BasicPassword}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);
        }

        foreach (var header in _options.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return request;
    }

    private T Parse<T>(string query, HttpResponseMessage response, string body, Func<JsonElement, T> map)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            string kind = response.Content.Headers.ContentType?.MediaType ?? "no content type";
            string start = body.Length <= 80 ? body : body[..80] + " …";
            throw Error(query, response.StatusCode, null,
                $"expected the API's JSON envelope; got {kind} '{start.Trim()}'", null);
        }

        using (document)
        {
            var root = document.RootElement;
            string status = root.TryGetProperty("status", out var s) ? s.GetString() ?? string.Empty : string.Empty;
            if (status != "success")
            {
                string type = root.TryGetProperty("errorType", out var t) ? t.GetString() ?? "unknown" : "unknown";
                string error = root.TryGetProperty("error", out var e) ? e.GetString() ?? string.Empty : string.Empty;
                throw Error(query, response.StatusCode, type, $"{type}: {error}", null);
            }

            try
            {
                return map(root);
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw Error(
                    query, response.StatusCode, null, "the response's data did not have the expected shape", ex);
            }
        }
    }

    private static PrometheusQueryResult Result(JsonElement root)
    {
        var data = root.GetProperty("data");
        string type = data.GetProperty("resultType").GetString() ?? string.Empty;
        var warnings = new List<string>();
        foreach (string name in new[] { "warnings", "infos" })
        {
            if (root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                warnings.AddRange(list.EnumerateArray().Select(w => w.GetString() ?? string.Empty));
            }
        }

        var series = new List<PrometheusSeries>();
        if (type is "vector" or "matrix")
        {
            foreach (var item in data.GetProperty("result").EnumerateArray())
            {
                var labels = item.GetProperty("metric").EnumerateObject()
                    .ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
                var samples = item.TryGetProperty("values", out var values)
                    ? values.EnumerateArray().Select(Point).ToList()
                    : [Point(item.GetProperty("value"))];
                series.Add(new PrometheusSeries(labels, samples));
            }
        }

        return new PrometheusQueryResult(type, series, warnings);
    }

    /// <summary>A point is <c>[unixSeconds, "value"]</c>; values arrive as strings in the exposition format's
    /// value grammar, <c>NaN</c> and infinities included.</summary>
    private static Sample Point(JsonElement point)
    {
        double time = point[0].GetDouble();
        return new Sample(time, ExpositionParser.ParseValue(point[1].GetString() ?? "NaN"));
    }

    private PrometheusQueryException Error(
        string query,
        HttpStatusCode? status,
        string? type,
        string what,
        Exception? inner)
    {
        string server = new UriBuilder(_options.BaseAddress) { UserName = string.Empty, Password = string.Empty }
            .Uri.GetLeftPart(UriPartial.Path);
        string code = status is null ? string.Empty : $" (HTTP {(int)status})";
        return new PrometheusQueryException($"The query '{query}' to '{server}' failed{code}: {what}.", inner)
        {
            StatusCode = status,
            ErrorType = type,
            Query = query,
            Step = "query Prometheus",
            IsTransient = status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests or null
                || (int?)status == 499 || (int?)status >= 500,
        };
    }
}
