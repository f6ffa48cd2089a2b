using K8sFootprint.Sources;
using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Measurement;

/// <summary>Builds a synthetic recorded window over [0, 60] s sampled every 15 s.</summary>
internal sealed class WindowBuilder
{
    private readonly List<MetricSeries> _series = [];
    private FilesystemSnapshot? _start;
    private FilesystemSnapshot? _end;
    private List<string> _physical = ["eth0"];
    private List<string>? _blocks;

    public static double[] Times { get; } = [0, 15, 30, 45, 60];

    public WindowBuilder Series(string name, string label, string value, params double[] values) =>
        Series(name, label, value, Times.Zip(values, (t, v) => new Sample(t, v)).ToArray());

    public WindowBuilder Series(string name, string label, string value, Sample[] samples)
    {
        var labels = label.Length == 0
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [label] = value };
        _series.Add(new MetricSeries(name, labels, samples));
        return this;
    }

    public WindowBuilder Cpu(string mode, params double[] seconds) =>
        Series(SeriesNames.CpuSeconds, SeriesNames.ModeLabel, mode, seconds);

    public WindowBuilder Linear(string name, string label, string value, double perSecond) =>
        Series(name, label, value, Times.Select(t => 1000 + (t * perSecond)).ToArray());

    public WindowBuilder Physical(params string[] interfaces)
    {
        _physical = [.. interfaces];
        return this;
    }

    public WindowBuilder Blocks(params string[] devices)
    {
        _blocks = [.. devices];
        return this;
    }

    public WindowBuilder Filesystems(MountedFilesystem[] start, MountedFilesystem[] end)
    {
        _start = new FilesystemSnapshot(0, start);
        _end = new FilesystemSnapshot(60, end);
        return this;
    }

    public RecordedWindow Build() => new()
    {
        Source = "test",
        Start = 0,
        End = 60,
        StartTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Interval = TimeSpan.FromSeconds(15),
        SampleCount = Times.Length,
        Series = _series,
        FilesystemsAtStart = _start,
        FilesystemsAtEnd = _end,
        PhysicalInterfaces = _physical,
        BlockDevices = _blocks,
        Host = new HostFacts("node", "6.8.0", 2, 4L << 30, new Dictionary<string, string>(), "boot", 100),
        Overhead = new ObserverOverhead(0.1, 1000, 0, "test"),
    };
}
