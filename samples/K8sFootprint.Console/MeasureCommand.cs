using System.CommandLine;
using System.Globalization;
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
    private const int Failed = 1;
    private const int Cancelled = 130;

    /// <summary>
    /// Errors, warnings and notes go to standard error; the footprint table alone goes to standard output.
    /// </summary>
    private static readonly IAnsiConsole Diagnostics =
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
        Option[] options = [Window, Interval, Settle, Out, IncludeInterface, ExcludeInterface, IncludeDisk,
            ExcludeDisk, NodeExporter, Prometheus, Instance, PrometheusTokenEnv, Verbose];
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
        if (!TryValidate(options, output, parse, out var ssh))
        {
            return BadInput;
        }

        using var loggerFactory = LoggerFactory.Create(b => b
            .AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(parse.GetValue(Verbose) ? LogLevel.Debug : LogLevel.Warning));
        var footprint = await MeasureAsync(
            options, ssh, ExporterUrl(parse), PrometheusTarget(parse), loggerFactory, cancellationToken);
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
            string message = ex is ArgumentException { ParamName: { } name }
                ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
                : ex.Message;
            Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]Error:[/] {message}");
            return false;
        }
    }

    private static async Task<Footprint?> MeasureAsync(
        IdleMeasurementOptions options,
        SshNodeOptions? ssh,
        Uri? exporter,
        (PrometheusClientOptions Client, string Instance)? prometheus,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
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
            return await ProgressDisplay.RunAsync(
                progress => measurement.MeasureAsync(shell, options, progress, cancellationToken));
        }
        catch (K8sFootprintException ex)
        {
            Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[red]Measurement failed:[/] {ex.Message}");
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
