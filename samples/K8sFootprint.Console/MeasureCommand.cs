using System.CommandLine;
using System.Globalization;
using K8sFootprint.Benchmarking;
using K8sFootprint.ConsoleApp.Rendering;
using K8sFootprint.Measurement;
using K8sFootprint.Nodes;
using K8sFootprint.Nodes.Ssh;
using K8sFootprint.Sources;
using K8sFootprint.Sources.NodeExporter;
using K8sFootprint.Sources.Prometheus;
using K8sFootprint.Serialization;
using K8sFootprint.Sources.Proc;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp;

/// <summary>The <c>measure</c> command: one idle window on this machine, printed as a table and saved as
/// JSON.</summary>
internal static class MeasureCommand
{
    public const int BadInput = 2;
    public const int Failed = 1;
    public const int Cancelled = 130;

    /// <summary>
    /// Errors, warnings and notes go to standard error; the footprint table alone goes to standard output.
    /// </summary>
    internal static readonly IAnsiConsole Diagnostics =
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    private static readonly Option<TimeSpan> Window = Duration("--window",
        "Length of the idle window, e.g. 60s, 15m, 1h.", TimeSpan.FromSeconds(60));

    private static readonly Option<TimeSpan> Interval = Duration("--interval",
        "Time between samples; the window needs at least two.", TimeSpan.FromSeconds(15));

    private static readonly Option<TimeSpan> Settle = Duration("--settle",
        "Time to wait before the window starts, so the node settles.", TimeSpan.Zero);

    private static readonly Option<FileInfo?> Out = new("--out")
    {
        Description = "Write the run, raw samples included, as JSON to this file.",
        HelpName = "FILE",
    };

    private static readonly Option<string[]> IncludeInterface = Patterns("--include-interface",
        "Count only these interfaces as external network (glob, repeatable). Default: interfaces backed by a device.");

    private static readonly Option<string[]> ExcludeInterface = Patterns("--exclude-interface",
        "Never count these interfaces as external (glob, repeatable).");

    private static readonly Option<string[]> IncludeDisk = Patterns("--include-disk",
        "Count only these block devices for disk i/o (glob, repeatable). Default: whole, non-virtual disks.");

    private static readonly Option<string[]> ExcludeDisk = Patterns("--exclude-disk",
        "Never count these block devices (glob, repeatable).");

    private static readonly Option<string?> NodeExporter = new("--node-exporter")
    {
        Description = "Measure by scraping this node exporter's metrics address at every interval (for example " +
            "http://10.0.0.12:9100/metrics) instead of running the /proc recorder. The exporter needs " +
            "--collector.netdev.device-exclude='^$' for the loopback figure.",
        HelpName = "URL",
    };

    private static readonly Option<string?> Prometheus = new("--prometheus")
    {
        Description = "Measure from a Prometheus-compatible API at this address (for example http://prometheus:9090) " +
            "instead of running the /proc recorder; needs --instance.",
        HelpName = "URL",
    };

    private static readonly Option<string?> Instance = new("--instance")
    {
        Description = "With --prometheus: the node exporter's instance label, for example 10.0.0.12:9100.",
        HelpName = "NAME",
    };

    private static readonly Option<string?> PrometheusTokenEnv = new("--prometheus-token-env")
    {
        Description = "With --prometheus: name of the environment variable that holds a bearer token.",
        HelpName = "NAME",
    };

    private static readonly Option<int> Runs = new("--runs")
    {
        Description = "Measure this many windows one after another, each appended to --results as soon as it " +
            "finishes; runs of the same --name already in the file count, so re-running resumes.",
        HelpName = "N",
        DefaultValueFactory = _ => 1,
        CustomParser = NumberParser.WholeNumber(1, RepeatedRunOptions.MaxRunsLimit),
    };

    private static readonly Option<bool> Adaptive = new("--adaptive")
    {
        Description = "After --runs, keep adding runs until every headline metric's 95 % interval half-width is " +
            "within --target of its mean, up to --max-runs.",
    };

    private static readonly Option<string> Target = new("--target")
    {
        Description = "With --adaptive: the largest interval half-width, in percent of the mean.",
        HelpName = "PERCENT",
        DefaultValueFactory = _ => "5%",
    };

    private static readonly Option<int> MaxRuns = new("--max-runs")
    {
        Description = "With --adaptive: the most runs to measure.",
        HelpName = "N",
        DefaultValueFactory = _ => 10,
        CustomParser = NumberParser.WholeNumber(2, RepeatedRunOptions.MaxRunsLimit),
    };

    private static readonly Option<TimeSpan> Pause = Duration("--pause",
        "Time to wait between runs.", TimeSpan.Zero);

    private static readonly Option<bool> Resettle = new("--resettle")
    {
        Description = "Wait the --settle time before every run, not only the first.",
    };

    private static readonly Option<FileInfo?> Results = new("--results")
    {
        Description = "Append each run to this result store (JSON Lines). Default with --runs or --adaptive: " +
            "results.jsonl in the current directory.",
        HelpName = "FILE",
    };

    private static readonly Option<string?> Name = new("--name")
    {
        Description = "The target's name in the result store, e.g. the distribution. Default: the node's name.",
        HelpName = "NAME",
    };

    private static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log each step to standard error.",
    };

    public static Command Create()
    {
        var command = new Command(
            "measure",
            "Measure the idle footprint of this machine, or of a host over SSH, over one window " +
            "with the /proc recorder.");
        Option[] options = [Window, Interval, Settle, Out, Runs, Adaptive, Target, MaxRuns, Pause, Resettle, Results,
            Name, IncludeInterface, ExcludeInterface, IncludeDisk, ExcludeDisk, NodeExporter, Prometheus, Instance,
            PrometheusTokenEnv, Verbose];
        foreach (var option in options.Concat(SshTargetOptions.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new IdleMeasurementOptions
        {
            Window = parse.GetValue(Window),
            Interval = parse.GetValue(Interval),
            Settle = parse.GetValue(Settle),
            Selection = new DeviceSelection
            {
                IncludeInterfaces = parse.GetValue(IncludeInterface) ?? [],
                ExcludeInterfaces = parse.GetValue(ExcludeInterface) ?? [],
                IncludeDisks = parse.GetValue(IncludeDisk) ?? [],
                ExcludeDisks = parse.GetValue(ExcludeDisk) ?? [],
            },
        };
        string? output = parse.GetValue(Out)?.FullName;
        if (!TryValidate(options, output, parse, out var ssh) || !TryRepetition(parse, output, out var repetition))
        {
            return BadInput;
        }

        using var loggerFactory = LoggerFactory.Create(b => b
            .AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(parse.GetValue(Verbose) ? LogLevel.Debug : LogLevel.Warning));
        // The journal is the node's only when the shell reaches the node itself (this machine or SSH).
        options = options with { ScanJournal = ExporterUrl(parse) is null && PrometheusTarget(parse) is null };
        var target = new MeasureTarget(options, ssh, ExporterUrl(parse), PrometheusTarget(parse), loggerFactory);
        if (repetition is not null)
        {
            return await RepeatedRuns.RunAsync(target, repetition, parse.GetValue(Name), cancellationToken);
        }

        var footprint = await MeasureAsync(target, (measurement, shell, progress) =>
            measurement.MeasureAsync(shell, options, progress, cancellationToken), cancellationToken);
        if (footprint is null)
        {
            return cancellationToken.IsCancellationRequested ? Cancelled : Failed;
        }

        FootprintTable.Write(footprint);
        return output is null ? 0 : await SaveAsync(footprint, output, cancellationToken);
    }

    private static (PrometheusClientOptions Client, string Instance)? PrometheusTarget(ParseResult parse)
    {
        string? text = parse.GetValue(Prometheus);
        string? instance = parse.GetValue(Instance);
        if (text is null)
        {
            return instance is null && parse.GetValue(PrometheusTokenEnv) is null
                ? null
                : throw new ArgumentException(
                    "Options '--instance' and '--prometheus-token-env' only apply with '--prometheus URL'.");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"Option '--prometheus' expects an address such as 'http://prometheus:9090'; got '{text}'.");
        }

        if (string.IsNullOrWhiteSpace(instance) || instance.AsSpan().IndexOfAny("\"\\{}\n") >= 0)
        {
            throw new ArgumentException(
                $"Option '--prometheus' needs '--instance NAME', the exporter's instance label; got '{instance}'.");
        }

        string? tokenEnv = parse.GetValue(PrometheusTokenEnv);
        string? token = tokenEnv is null ? null : Environment.GetEnvironmentVariable(tokenEnv) is { Length: > 0 } value
            ? value
            : throw new ArgumentException(
                $"Option '--prometheus-token-env' names '{tokenEnv}', which is not set or is empty.");
        return (new PrometheusClientOptions { BaseAddress = url, BearerToken = token }, instance);
    }

    private static Uri? ExporterUrl(ParseResult parse)
    {
        string? text = parse.GetValue(NodeExporter);
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url)
            ? url
            : throw new ArgumentException(
                $"Option '--node-exporter' expects an address such as 'http://10.0.0.12:9100/metrics'; got '{text}'.");
    }

    private static bool TryValidate(
        IdleMeasurementOptions options,
        string? output,
        ParseResult parse,
        out SshNodeOptions? ssh)
    {
        ssh = null;
        try
        {
            options.Validate();
            ssh = SshTargetOptions.Create(parse);
            ssh?.Validate();
            bool prometheus = PrometheusTarget(parse) is not null;
            if (prometheus && (ssh is not null || ExporterUrl(parse) is not null))
            {
                throw new ArgumentException("Option '--prometheus' excludes '--ssh' and '--node-exporter'.");
            }

            if (ExporterUrl(parse) is { } exporter)
            {
                new NodeExporterScrapeOptions { MetricsUrl = exporter }.Validate();
                if (ssh is not null)
                {
                    throw new ArgumentException("Options '--node-exporter' and '--ssh' exclude each other.");
                }
            }

            if (output is not null)
            {
                FootprintJson.EnsureWritable(output);
            }

            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException)
        {
            string message = ErrorText.Of(ex);
            Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]Error:[/] {message}");
            return false;
        }
    }

    private static bool TryRepetition(ParseResult parse, string? output, out Repetition? repetition)
    {
        repetition = null;
        bool repeated = parse.GetValue(Runs) != 1 || parse.GetValue(Adaptive) || parse.GetValue(Results) is not null;
        if (!repeated)
        {
            return true;
        }

        try
        {
            if (output is not null)
            {
                throw new ArgumentException(
                    "Option '--out' writes a single run; with '--runs', '--adaptive' or '--results' each run goes " +
                    "to the result store.");
            }

            string precision = parse.GetValue(Target)!;
            if (!double.TryParse(precision.TrimEnd().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture,
                out double percent) || !(percent is > 0 and < 100))
            {
                throw new ArgumentException(
                    $"Option '--target' expects a percentage above 0 and below 100, such as '5%'; " +
                    $"got '{Printable.Escape(precision)}'.");
            }

            bool adaptive = parse.GetValue(Adaptive);
            int count = parse.GetValue(Runs);
            int max = parse.GetValue(MaxRuns);
            if (adaptive && max < count)
            {
                throw new ArgumentException($"Option '--max-runs' ({max}) must be at least '--runs' ({count}).");
            }

            bool tuned = parse.GetResult(Target) is { Implicit: false }
                || parse.GetResult(MaxRuns) is { Implicit: false };
            if (!adaptive && tuned)
            {
                Diagnostics.MarkupLine("[yellow]Note:[/] '--target' and '--max-runs' apply only with '--adaptive'.");
            }

            var runs = new RepeatedRunOptions
            {
                Runs = count,
                Adaptive = adaptive,
                TargetPrecision = percent / 100,
                MaxRuns = Math.Max(max, count),
                Pause = parse.GetValue(Pause),
                Resettle = parse.GetValue(Resettle),
            };
            runs.Validate();
            string? name = parse.GetValue(Name);
            if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Any(char.IsControl) || name.Length > 100))
            {
                throw new ArgumentException(
                    "Option '--name' expects a non-empty name of at most 100 characters without control characters; " +
                    $"got '{Printable.Escape(name)}'.");
            }

            string results = parse.GetValue(Results)?.FullName ?? Path.GetFullPath("results.jsonl");
            FootprintJson.EnsureWritable(results);
            if (!ResultStore.IsResultStore(results))
            {
                throw new IOException(
                    $"'{results}' is not a result store (its first line is not a run record); expected a .jsonl " +
                    "file written by 'measure --runs', or a new file. Nothing was measured or written.");
            }

            repetition = new Repetition(runs, results);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException)
        {
            string message = ErrorText.Of(ex);
            Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]Error:[/] {message}");
            return false;
        }
    }

    /// <summary>Connects to the target, runs the work under a progress display and reports failures; returns
    /// <see langword="null"/> when the work failed or was cancelled.</summary>
    public static async Task<T?> MeasureAsync<T>(
        MeasureTarget what,
        Func<IdleMeasurement, INodeShell, IProgress<MeasurementProgress>, Task<T>> work,
        CancellationToken cancellationToken)
        where T : class
    {
        var (_, ssh, exporter, prometheus, loggers) = what;
        using var http = new HttpClient();
        IFootprintSource source = prometheus is { } target
            ? new PrometheusSource(
                new PrometheusClient(http, target.Client),
                new PrometheusSourceOptions { Selector = $"instance=\"{target.Instance}\"" })
            : exporter is null
            ? new ProcRecorderSource(logger: loggers.CreateLogger<ProcRecorderSource>())
            : new NodeExporterScrapeSource(
                http,
                new NodeExporterScrapeOptions { MetricsUrl = exporter },
                logger: loggers.CreateLogger<NodeExporterScrapeSource>());
        var measurement = new IdleMeasurement(source, logger: loggers.CreateLogger<IdleMeasurement>());
        try
        {
            INodeShell shell = ssh is null
                ? new LocalNodeShell(
                    logger: loggers.CreateLogger<LocalNodeShell>(),
                    displayName: prometheus?.Instance ?? exporter?.Authority)
                : await SshNodeShell.ConnectAsync(
                    ssh, logger: loggers.CreateLogger<SshNodeShell>(), cancellationToken: cancellationToken);
            await using var _ = shell;
            return await ProgressDisplay.RunAsync(progress => work(measurement, shell, progress));
        }
        catch (K8sFootprintException ex)
        {
            Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[red]Measurement failed:[/] {ex.Message}");
            return null;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException)
        {
            Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]Error:[/] {ex.Message}");
            return null;
        }
        catch (OperationCanceledException)
        {
            Diagnostics.MarkupLine("[yellow]Cancelled; nothing was left running on the node.[/]");
            return null;
        }
    }

    private static async Task<int> SaveAsync(Footprint footprint, string output, CancellationToken cancellationToken)
    {
        try
        {
            await FootprintJson.WriteFileAsync(footprint, output, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Saved the run to [green]{output}[/].");
            return 0;
        }
        catch (IOException ex)
        {
            Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]Error:[/] {ex.Message}");
            string fallback = Path.Combine(Path.GetTempPath(),
                $"k8sfootprint-{footprint.Window.Start:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.json");
            try
            {
                await FootprintJson.WriteFileAsync(footprint, fallback, CancellationToken.None);
                Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"The run was saved to [yellow]{fallback}[/] instead.");
            }
            catch (IOException)
            {
                Console.Error.WriteLine("The run could not be saved anywhere; here it is as JSON:");
                Console.WriteLine(FootprintJson.Serialize(footprint));
            }

            return Failed;
        }
    }

    private static Option<TimeSpan> Duration(string name, string description, TimeSpan fallback) => new(name)
    {
        Description = description,
        HelpName = "DURATION",
        DefaultValueFactory = _ => fallback,
        CustomParser = DurationParser.Parse,
    };

    private static Option<string[]> Patterns(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "PATTERN",
        AllowMultipleArgumentsPerToken = false,
    };
}
