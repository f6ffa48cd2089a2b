using K8sFootprint.Nodes;
using K8sFootprint.Sources;
using K8sFootprint.Sources.NodeExporter;
using K8sFootprint.Sources.Proc;

namespace K8sFootprint.Benchmarks;

/// <summary>
/// The observer, side by side: over one window, what the /proc recorder spends versus what a node exporter
/// scraped every interval spends (the study's method), each measured the same way it is reported in results.
/// </summary>
internal static class ObserverComparison
{
    public static async Task<int> RunAsync(Uri exporter, TimeSpan window, TimeSpan interval)
    {
        using var http = new HttpClient();
        var request = new RecordingRequest(window, interval);
        var shell = new LocalNodeShell();
        Console.WriteLine(FormattableString.Invariant(
            $"Observer comparison: {window.TotalSeconds:0} s window, sample every {interval.TotalSeconds:0} s"));

        await using var recorder = await new ProcRecorderSource().StartAsync(shell, request);
        await Task.Delay(recorder.StartedAt - TimeProvider.System.GetUtcNow(), TimeProvider.System);
        var scraper = new NodeExporterScrapeSource(http, new NodeExporterScrapeOptions { MetricsUrl = exporter });
        await using var scrape = await scraper.StartAsync(shell, request);
        var proc = await recorder.CollectAsync();
        var scraped = await scrape.CollectAsync();

        Print("/proc recorder", proc.Overhead, proc.Duration);
        Print("node exporter", scraped.Overhead, scraped.Duration);
        double ratio = scraped.Overhead.CpuSeconds / Math.Max(proc.Overhead.CpuSeconds, 0.01);
        Console.WriteLine(FormattableString.Invariant($"CPU ratio exporter / recorder: {ratio:0.0}"));
        Console.WriteLine("(a recorder CPU time below one 10 ms tick counts as one tick)");
        return 0;
    }

    private static void Print(string name, ObserverOverhead overhead, double seconds)
    {
        double share = 100 * overhead.CpuSeconds / seconds;
        double resident = (overhead.ResidentMemoryBytes ?? 0) / 1048576;
        double written = overhead.BytesWritten / 1024.0;
        double network = overhead.NetworkBytes / 1024.0;
        Console.Write(FormattableString.Invariant(
            $"{name,-16} CPU {overhead.CpuSeconds:0.000} s ({share:0.000} % of a core), "));
        Console.WriteLine(FormattableString.Invariant(
            $"resident {resident:0.0} MiB, written {written:0.0} KiB, network {network:0.0} KiB"));
    }
}
