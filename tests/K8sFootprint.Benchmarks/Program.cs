using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using K8sFootprint.Benchmarks;
using K8sFootprint.Sources.NodeExporter;

// dotnet run -c Release --project tests/K8sFootprint.Benchmarks -- parser
// dotnet run -c Release --project tests/K8sFootprint.Benchmarks -- \
//     observer http://127.0.0.1:9100/metrics [seconds] [interval]
if (args is ["observer", var url, ..])
{
    var window = TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 900);
    var interval = TimeSpan.FromSeconds(args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 15);
    return await ObserverComparison.RunAsync(new Uri(url), window, interval);
}

if (args is ["parser", ..])
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"python3-prometheus-client on the same input: {PythonSecondsPerParse() * 1e6:0} µs per parse"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"this parser, quick check: {QuickSecondsPerParse() * 1e6:0} µs per parse (BenchmarkDotNet follows)"));
    BenchmarkRunner.Run<ParserBenchmarks>(args: args[1..]);
    return 0;
}

Console.Error.WriteLine("Usage: parser | observer METRICS_URL [WINDOW_SECONDS] [INTERVAL_SECONDS]");
return 2;

static double PythonSecondsPerParse()
{
    var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true };
    start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "time_python_parser.py"));
    start.ArgumentList.Add(Program.Fixture);
    using var process = Process.Start(start)!;
    string output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return double.Parse(output, CultureInfo.InvariantCulture);
}

static double QuickSecondsPerParse()
{
    string text = File.ReadAllText(Program.Fixture);
    var watch = Stopwatch.StartNew();
    for (int i = 0; i < 200; i++)
    {
        _ = ExpositionParser.Parse(text);
    }

    return watch.Elapsed.TotalSeconds / 200;
}

/// <summary>Entry point and shared paths.</summary>
internal static partial class Program
{
    public static string Fixture => Path.Combine(AppContext.BaseDirectory, "TestData", "node-exporter.metrics.txt");
}
