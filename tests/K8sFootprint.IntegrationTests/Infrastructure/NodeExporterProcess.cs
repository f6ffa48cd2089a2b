using System.Diagnostics;
using System.Net.Sockets;

namespace K8sFootprint.IntegrationTests.Infrastructure;

/// <summary>A real prometheus-node-exporter on a free loopback port, stopped on dispose.</summary>
internal sealed class NodeExporterProcess : IAsyncDisposable
{
    private readonly Process _process;

    private NodeExporterProcess(Process process, int port)
    {
        _process = process;
        MetricsUrl = new Uri($"http://127.0.0.1:{port}/metrics");
    }

    public Uri MetricsUrl { get; }

    public int ProcessId => _process.Id;

    public static async Task<NodeExporterProcess> StartAsync()
    {
        Prerequisite.Command("prometheus-node-exporter");
        int port = Loopback.FreePort();
        var start = new ProcessStartInfo("prometheus-node-exporter")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add($"--web.listen-address=127.0.0.1:{port}");

        // Node exporter leaves out 'lo' by default; the loopback figure needs it.
        start.ArgumentList.Add("--collector.netdev.device-exclude=^$");
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var exporter = new NodeExporterProcess(process, port);
        for (int attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken);
                return exporter;
            }
            catch (SocketException)
            {
                await Task.Delay(
                    TimeSpan.FromMilliseconds(100), TimeProvider.System, TestContext.Current.CancellationToken);
            }
        }

        await exporter.DisposeAsync();
        throw new InvalidOperationException($"prometheus-node-exporter did not listen on 127.0.0.1:{port}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }
}
