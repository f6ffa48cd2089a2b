using System.CommandLine;
using System.Globalization;
using K8sFootprint.Benchmarking;
using K8sFootprint.ConsoleApp.Rendering;
using K8sFootprint.Serialization;
using K8sFootprint.Statistics;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp;

/// <summary>The <c>summarize</c> command: summaries across runs and the comparison with a baseline, from a
/// result store or a long-format CSV file.</summary>
internal static class SummarizeCommand
{
    private static readonly IAnsiConsole Diagnostics =
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    private static readonly Argument<FileInfo> File = new("FILE")
    {
        Description = "A result store written by 'measure --runs' (.jsonl) or runs in the long CSV format.",
    };

    private static readonly Option<string?> Baseline = new("--baseline")
    {
        Description = "Compare every target with this one. Default: kubeadm, when it is among the targets.",
        HelpName = "NAME",
    };

    private static readonly Option<bool> ExcludeOutliers = new("--exclude-outliers")
    {
        Description = "Leave runs flagged as outlying out of the figures (they are listed either way).",
    };

    private static readonly Option<int?> BootstrapSeed = new("--bootstrap-seed")
    {
        Description = "Also compute a percentile bootstrap of each ratio with this seed, as a cross-check.",
        HelpName = "SEED",
        CustomParser = NumberParser.OptionalWholeNumber(),
    };

    private static readonly Option<FileInfo?> Csv = new("--csv")
    {
        Description = "Also write the runs in the long CSV format to this file.",
        HelpName = "FILE",
    };

    public static Command Create()
    {
        var command = new Command("summarize", "Summarise repeated runs and compare them with a baseline.");
        command.Arguments.Add(File);
        foreach (var option in new Option[] { Baseline, ExcludeOutliers, BootstrapSeed, Csv })
        {
            command.Options.Add(option);
        }

        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        string path = parse.GetValue(File)!.FullName;
        try
        {
            string? csv = parse.GetValue(Csv)?.FullName;
            if (csv is not null)
            {
                CheckCsvTarget(csv, path);
            }

            var runs = await ResultsFile.LoadAsync(path, Warn, cancellationToken);
            if (runs.Count == 0)
            {
                Error($"The results file '{path}' holds no runs.");
                return MeasureCommand.BadInput;
            }

            var options = new AnalysisOptions
            {
                Baseline = parse.GetValue(Baseline),
                ExcludeOutliers = parse.GetValue(ExcludeOutliers),
                BootstrapSeed = parse.GetValue(BootstrapSeed),
            };
            var analysis = RunsAnalyzer.Analyze(runs, options);
            SummaryTables.Write(analysis);
            if (analysis.Baseline is null && analysis.Targets.Count > 1)
            {
                Diagnostics.MarkupLine(
                    "[yellow]Note:[/] no target is called kubeadm; pass --baseline NAME to compare the targets.");
            }

            if (csv is not null)
            {
                await using var writer = new StreamWriter(csv);
                RunsCsv.Write(runs, writer);
                AnsiConsole.MarkupLineInterpolated(
                    CultureInfo.InvariantCulture, $"Wrote {runs.Count} rows to [green]{csv}[/].");
            }

            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ResultsFormatException
            or ArgumentException)
        {
            Error(ErrorText.Of(ex));
            return MeasureCommand.BadInput;
        }
    }

    /// <summary>Fails before reading anything when the CSV output cannot be written or would replace the
    /// input.</summary>
    private static void CheckCsvTarget(string csv, string input)
    {
        if (string.Equals(Resolve(csv), Resolve(input), StringComparison.Ordinal))
        {
            throw new IOException($"Option '--csv' names the input file '{input}'; expected another file.");
        }

        try
        {
            FootprintJson.EnsureWritable(csv);
        }
        catch (IOException ex)
        {
            throw new IOException($"Option '--csv': {ex.Message}", ex);
        }
    }

    private static string Resolve(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null
            ? info.FullName
            : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
    }

    private static void Warn(string message) =>
        Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]Warning:[/] {message}");

    private static void Error(string message) =>
        Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]Error:[/] {message}");
}
