using System.Reflection;
using K8sFootprint.Charts;
using K8sFootprint.Measurement;
using K8sFootprint.Nodes;
using K8sFootprint.Reporting;
using K8sFootprint.Sources.Proc;

// Measures this machine for 3 s with the packed packages, prints the footprint and draws the window as a PNG.
// Usage: PackageConsumer [CHART.png]
string chartPath = Path.GetFullPath(args.Length > 0 ? args[0] : "footprint.png");
string? version = typeof(Footprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
    ?.InformationalVersion;
Console.WriteLine($"K8sFootprint {version}");

using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
try
{
    await using var node = new LocalNodeShell();
    var measurement = new IdleMeasurement(new ProcRecorderSource());
    var options = new IdleMeasurementOptions
    {
        Settle = TimeSpan.Zero,
        Window = TimeSpan.FromSeconds(3),
        Interval = TimeSpan.FromSeconds(1),
    };
    var footprint = await measurement.MeasureAsync(node, options, cancellationToken: timeout.Token);

    var window = footprint.Window;
    Console.WriteLine($"{footprint.Node}: {window.Duration.TotalSeconds:0.#} s window, {window.SampleCount} samples");
    foreach (var (metric, value) in FootprintMetrics.Values(footprint))
    {
        Console.WriteLine($"  {metric.Noun,-18} {Quantities.Format(value, metric.Unit)}");
    }

    foreach (var warning in footprint.Warnings)
    {
        Console.WriteLine($"  warning {warning.Code}: {warning.Message}");
    }

    var chart = RunTimeSeriesChart.Render(footprint);
    if (chart.Png is not [0x89, (byte)'P', (byte)'N', (byte)'G', ..])
    {
        Console.Error.WriteLine("The chart is not a PNG image.");
        return 1;
    }

    Directory.CreateDirectory(Path.GetDirectoryName(chartPath)!);
    await File.WriteAllBytesAsync(chartPath, chart.Png, timeout.Token);
    Console.WriteLine($"Chart: {chartPath} ({chart.Width} x {chart.Height}, {chart.Png.Length} bytes)");
    return 0;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"The measurement failed: {ex}");
    return 1;
}
