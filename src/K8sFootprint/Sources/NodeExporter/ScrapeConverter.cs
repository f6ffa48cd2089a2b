using K8sFootprint.Statistics;

namespace K8sFootprint.Sources.NodeExporter;

/// <summary>Turns a series of scrapes into the source-neutral <see cref="RecordedWindow"/>.</summary>
internal static class ScrapeConverter
{
    public const string SourceName = "node-exporter-scrape";

    internal static readonly (string Family, string Series, string[] Labels)[] Counters =
    [
        ("node_cpu_seconds_total", SeriesNames.CpuSeconds, ["mode", "cpu"]),
        ("node_cpu_guest_seconds_total", SeriesNames.CpuGuestSeconds, ["mode", "cpu"]),
        ("node_disk_read_bytes_total", SeriesNames.DiskReadBytes, ["device"]),
        ("node_disk_written_bytes_total", SeriesNames.DiskWrittenBytes, ["device"]),
        ("node_disk_reads_completed_total", SeriesNames.DiskReadsCompleted, ["device"]),
        ("node_disk_writes_completed_total", SeriesNames.DiskWritesCompleted, ["device"]),
        ("node_network_receive_bytes_total", SeriesNames.NetworkReceiveBytes, ["device"]),
        ("node_network_transmit_bytes_total", SeriesNames.NetworkTransmitBytes, ["device"]),
        ("node_memory_MemTotal_bytes", SeriesNames.MemoryTotal, []),
        ("node_memory_MemAvailable_bytes", SeriesNames.MemoryAvailable, []),
    ];

    public static RecordedWindow ToRecordedWindow(IReadOnlyList<Scrape> scrapes, TimeSpan interval, string url)
    {
        var first = scrapes[0];
        var last = scrapes[^1];
        return new RecordedWindow
        {
            Source = SourceName,
            Start = first.Time,
            End = last.Time,
            StartTime = DateTimeOffset.UnixEpoch.AddTicks((long)(first.Time * TimeSpan.TicksPerSecond)),
            Interval = interval,
            SampleCount = scrapes.Count,
            Series = Counters.SelectMany(c => Series(scrapes, c.Family, c.Series, c.Labels)).ToList(),
            FilesystemsAtStart = Filesystems(first),
            FilesystemsAtEnd = Filesystems(last),
            Host = Host(last),
            Overhead = Overhead(scrapes, url),
        };
    }

    private static IEnumerable<MetricSeries> Series(
        IReadOnlyList<Scrape> scrapes,
        string family,
        string name,
        string[] labels)
    {
        var points = new Dictionary<string, (Dictionary<string, string> Labels, List<Sample> Samples)>(
            StringComparer.Ordinal);
        foreach (var scrape in scrapes)
        {
            foreach (var sample in scrape.Exposition.Family(family)?.Samples ?? [])
            {
                var kept = labels.Where(l => sample.Label(l) is not null).ToDictionary(l => l, l => sample.Label(l)!);
                string key = string.Join('\u0001', kept.Values);
                if (!points.TryGetValue(key, out var series))
                {
                    series = (kept, []);
                    points[key] = series;
                }

                series.Samples.Add(new Sample(scrape.Time, sample.Value));
            }
        }

        return points.Values.Select(p => new MetricSeries(name, p.Labels, p.Samples));
    }

    internal static FilesystemSnapshot Filesystems(Scrape scrape)
    {
        var free = Values(scrape, "node_filesystem_free_bytes");
        var available = Values(scrape, "node_filesystem_avail_bytes");
        var mounts = (scrape.Exposition.Family("node_filesystem_size_bytes")?.Samples ?? [])
            .Select(s =>
            {
                string key = $"{s.Label("device")}|{s.Label("mountpoint")}";
                long size = (long)s.Value;
                long? used = free.TryGetValue(key, out double f) ? size - (long)f : null;
                long? avail = available.TryGetValue(key, out double a) ? (long)a : null;
                string device = s.Label("device") ?? string.Empty;
                return new MountedFilesystem(s.Label("mountpoint") ?? string.Empty, device,
                    s.Label("fstype") ?? string.Empty, device, size, used, avail);
            })
            .ToList();
        return new FilesystemSnapshot(scrape.Time, mounts);
    }

    private static Dictionary<string, double> Values(Scrape scrape, string family) =>
        (scrape.Exposition.Family(family)?.Samples ?? [])
            .GroupBy(s => $"{s.Label("device")}|{s.Label("mountpoint")}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private static MetricSample? First(Scrape scrape, string family) =>
        scrape.Exposition.Family(family)?.Samples is { Count: > 0 } samples ? samples[0] : null;

    internal static HostFacts Host(Scrape scrape)
    {
        var uname = First(scrape, "node_uname_info");
        var os = First(scrape, "node_os_info");
        int cpus = (scrape.Exposition.Family("node_cpu_seconds_total")?.Samples ?? [])
            .Select(s => s.Label("cpu")).Distinct(StringComparer.Ordinal).Count();
        double memory = First(scrape, "node_memory_MemTotal_bytes")?.Value ?? 0;
        var release = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in os?.Labels ?? [])
        {
            release[label.Key.ToUpperInvariant()] = label.Value;
        }

        return new HostFacts(
            uname?.Label("nodename") ?? string.Empty, uname?.Label("release") ?? string.Empty,
            cpus, (long)memory, release, string.Empty, 0);
    }

    private static ObserverOverhead Overhead(IReadOnlyList<Scrape> scrapes, string url)
    {
        static double? Process(Scrape scrape, string family) => First(scrape, family)?.Value;

        double cpu = (Process(scrapes[^1], "process_cpu_seconds_total") ?? 0)
            - (Process(scrapes[0], "process_cpu_seconds_total") ?? 0);
        var memory = scrapes.Select(s => Process(s, "process_resident_memory_bytes")).OfType<double>().ToList();
        return new ObserverOverhead(
            cpu,
            BytesWritten: 0,
            scrapes.Skip(1).Sum(s => s.WireBytes),
            $"node exporter scraped at {url}: its process_cpu_seconds_total over the window, its average " +
            "process_resident_memory_bytes, and the response bytes of the scrapes inside the window.",
            memory.Count > 0 ? memory.Average() : null);
    }
}
