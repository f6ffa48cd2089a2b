using System.Diagnostics;

namespace K8sFootprint.IntegrationTests.Infrastructure;

/// <summary>A real Prometheus server on a free loopback port, scraping one target every second; stopped and its
/// storage removed on dispose.</summary>
internal sealed class PrometheusProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private PrometheusProcess(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    public static async Task<PrometheusProcess> StartAsync(Uri target)
    {
        Prerequisite.Command("prometheus");
        string directory = Directory.CreateTempSubdirectory("k8sfp-prometheus-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, "prometheus.yml"), string.Join('\n',
            "global:", "  scrape_interval: 1s", "  evaluation_interval: 1s", "scrape_configs:", "  - job_name: node",
            "    static_configs:", $"      - targets: ['{target.Authority}']", string.Empty),
            TestContext.Current.CancellationToken);
        int port = Loopback.FreePort();
        var start = new ProcessStartInfo("prometheus") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[]
        {
            $"--config.file={directory}/prometheus.yml", $"--storage.tsdb.path={directory}/data",
            $"--web.listen-address=127.0.0.1:{port}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new PrometheusProcess(process, directory, port);
        await server.WaitReadyAsync();
        return server;
    }

    /// <summary>Waits until the target has been scraped at least three times (Prometheus applies new targets
    /// after a few seconds).</summary>
    public async Task WaitForScrapesAsync(Uri target)
    {
        using var http = new HttpClient();
        string query = Uri.EscapeDataString($"count_over_time(up{{instance=\"{target.Authority}\"}}[1m])");
        for (int attempt = 0; attempt < 300; attempt++)
        {
            string body = await http.GetStringAsync(
                new Uri(BaseAddress, $"api/v1/query?query={query}"), TestContext.Current.CancellationToken);
            var match = System.Text.RegularExpressions.Regex.Match(body, "\"value\":\\[[^,]+,\"(\\d+)\"");
            if (match.Success
                && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 3)
            {
                return;
            }

            await Task.Delay(
                TimeSpan.FromMilliseconds(200), TimeProvider.System, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException($"Prometheus at {BaseAddress} never scraped {target}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task WaitReadyAsync()
    {
        using var http = new HttpClient();
        for (int attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(
                    new Uri(BaseAddress, "-/ready"), TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(
                TimeSpan.FromMilliseconds(100), TimeProvider.System, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException($"Prometheus at {BaseAddress} did not become ready.");
    }
}
