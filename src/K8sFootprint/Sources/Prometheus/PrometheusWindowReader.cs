using System.Globalization;
using K8sFootprint.Sources.NodeExporter;
using K8sFootprint.Statistics;

namespace K8sFootprint.Sources.Prometheus;

/// <summary>Reads one window's raw samples, snapshots and host facts from Prometheus.</summary>
internal sealed class PrometheusWindowReader(
    PrometheusClient client, string selector, RecordingRequest request, DateTimeOffset start)
{
    public const string SourceName = "prometheus";

    private static readonly string[] SnapshotFamilies =
    [
        "node_filesystem_size_bytes", "node_filesystem_free_bytes", "node_filesystem_avail_bytes", "node_uname_info",
        "node_os_info", "node_cpu_seconds_total", "node_memory_MemTotal_bytes",
    ];

    private readonly List<MeasurementWarning> _warnings = [];

    public DateTimeOffset Start { get; } = start;

    public DateTimeOffset End => Start + request.Window;

    public async Task<RecordedWindow> ReadAsync(CancellationToken cancellationToken)
    {
        var series = new List<MetricSeries>();
        foreach (var (family, name, labels) in ScrapeConverter.Counters)
        {
            var result = await RangeAsync(family, cancellationToken).ConfigureAwait(false);
            series.AddRange(result.Select(s => new MetricSeries(name, Keep(s.Labels, labels), s.Samples)));
        }

        if (!series.Any(s => s.Name == SeriesNames.CpuSeconds))
        {
            throw new PrometheusQueryException(
                $"Prometheus has no node_cpu_seconds_total samples for '{{{selector}}}' " +
                $"between {Start:O} and {End:O}; " +
                "expected a node exporter scraped under that selector.")
            {
                Query = $"node_cpu_seconds_total{{{selector}}}",
                Step = "query Prometheus",
            };
        }

        var atStart = await SnapshotAsync(Start, cancellationToken).ConfigureAwait(false);
        var atEnd = await SnapshotAsync(End, cancellationToken).ConfigureAwait(false);
        return new RecordedWindow
        {
            Source = SourceName,
            Start = Seconds(Start),
            End = Seconds(End),
            StartTime = Start,
            Interval = request.Interval,
            SampleCount = series.First(s => s.Name == SeriesNames.CpuSeconds).Samples
                .Count(s => s.Time >= Seconds(Start)),
            Series = series,
            FilesystemsAtStart = ScrapeConverter.Filesystems(atStart),
            FilesystemsAtEnd = ScrapeConverter.Filesystems(atEnd),
            Host = ScrapeConverter.Host(atEnd),
            Overhead = await OverheadAsync(cancellationToken).ConfigureAwait(false),
            Warnings = _warnings,
        };
    }

    private static double Seconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;

    private static Dictionary<string, string> Keep(IReadOnlyDictionary<string, string> labels, string[] keep) =>
        keep.Where(labels.ContainsKey).ToDictionary(k => k, k => labels[k]);

    /// <summary>Raw samples from one interval before t0 to one interval after t1 — a range selector evaluated
    /// one interval after t1 — so that both edges can be interpolated; the arithmetic clips at t0 and t1.</summary>
    private async Task<IReadOnlyList<PrometheusSeries>> RangeAsync(string family, CancellationToken cancellationToken)
    {
        long range = (long)Math.Ceiling((request.Window + (2 * request.Interval)).TotalSeconds);
        string query = $"{family}{{{selector}}}[{range.ToString(CultureInfo.InvariantCulture)}s]";
        var result = await client.QueryAsync(query, End + request.Interval, cancellationToken).ConfigureAwait(false);
        Note(query, result);
        return result.Series;
    }

    /// <summary>The instant values of a few families at one time, shaped like a scrape for the shared
    /// mapping.</summary>
    private async Task<Scrape> SnapshotAsync(DateTimeOffset time, CancellationToken cancellationToken)
    {
        var families = new List<MetricFamily>();
        foreach (string family in SnapshotFamilies)
        {
            string query = $"{family}{{{selector}}}";
            var result = await client.QueryAsync(query, time, cancellationToken).ConfigureAwait(false);
            Note(query, result);
            var samples = result.Series
                .Select(s => new MetricSample(family, s.Labels.ToList(), s.Samples[0].Value, null))
                .ToList();
            families.Add(new MetricFamily(family, MetricType.Unknown, null, null, samples));
        }

        return new Scrape(Seconds(time), new ExpositionParseResult(families, []), 0);
    }

    private async Task<ObserverOverhead> OverheadAsync(CancellationToken cancellationToken)
    {
        var cpu = await RangeAsync("process_cpu_seconds_total", cancellationToken).ConfigureAwait(false);
        var memory = await RangeAsync("process_resident_memory_bytes", cancellationToken).ConfigureAwait(false);
        double maxGap = request.Interval.TotalSeconds * 3;
        double cpuSeconds = cpu.Count > 0
            ? WindowArithmetic.CounterTotal(cpu[0].Samples, Seconds(Start), Seconds(End), maxGap).Total
            : 0;
        double? resident = memory.Count > 0
            ? WindowArithmetic.GaugeAverage(memory[0].Samples, Seconds(Start), Seconds(End), maxGap).Average
            : null;
        return new ObserverOverhead(
            cpuSeconds,
            BytesWritten: 0,
            NetworkBytes: 0,
            $"node exporter under '{{{selector}}}' as Prometheus recorded it: its process_cpu_seconds_total over the " +
            "window and its average process_resident_memory_bytes; scrape traffic is Prometheus', not counted here.",
            resident);
    }

    private void Note(string query, PrometheusQueryResult result)
    {
        foreach (string warning in result.Warnings)
        {
            _warnings.Add(new MeasurementWarning(
                WarningCodes.QueryWarning, $"Prometheus warned about '{query}': {warning}"));
        }
    }
}
