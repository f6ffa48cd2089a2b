using System.CommandLine;
using System.Globalization;
using K8sFootprint.Benchmarking;
using K8sFootprint.Statistics;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp;

/// <summary>The <c>report</c> command: a Markdown report and the runs as CSV, from a result store or a long-format
/// CSV file.</summary>
internal static class ReportCommand
{
    private static readonly Argument<FileInfo> File = new("FILE")
    {
        Description = "A result store (.jsonl) or runs in the long CSV format.",
    };

    private static readonly Option<DirectoryInfo> Out = new("--out")
    {
        Description = "The folder to write report.md, runs.csv, analysis.json and the charts to; created when missing.",
        HelpName = "DIR",
        Required = true,
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

    public static Command Create()
    {
        var command = new Command("report", "Write a Markdown report, the runs as CSV and the analysis as JSON.");
        command.Arguments.Add(File);
        command.Options.Add(Out);
        command.Options.Add(Baseline);
        command.Options.Add(ExcludeOutliers);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        string path = parse.GetValue(File)!.FullName;
        string folder = parse.GetValue(Out)!.FullName;
        try
        {
            var observations = await ResultsFile.LoadAsync(path, Warn, cancellationToken);
            if (observations.Count == 0)
            {
                throw new IOException($"The results file '{path}' holds no runs.");
            }

            var records = await ResultsFile.RecordsAsync(path, cancellationToken);
            var failures = await ResultsFile.FailuresAsync(path, cancellationToken);
            var options = new AnalysisOptions
            {
                Baseline = parse.GetValue(Baseline),
                ExcludeOutliers = parse.GetValue(ExcludeOutliers),
            };
            string report = await ReportWriter.WriteAsync(observations, records, failures, folder, options,
                "Idle footprint", cancellationToken);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Wrote [green]{report}[/], runs.csv, analysis.json and charts in [green]{folder}[/].");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ResultsFormatException
            or ArgumentException)
        {
            MeasureCommand.Diagnostics.MarkupLineInterpolated(
                CultureInfo.InvariantCulture, $"[red]Error:[/] {ErrorText.Of(ex)}");
            return MeasureCommand.BadInput;
        }
    }

    private static void Warn(string message) => MeasureCommand.Diagnostics.MarkupLineInterpolated(
        CultureInfo.InvariantCulture, $"[yellow]Warning:[/] {message}");
}
