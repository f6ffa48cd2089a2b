using System.CommandLine;
using System.Globalization;
using K8sFootprint.Benchmarking;
using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.ConsoleApp.Rendering;
using K8sFootprint.Statistics;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp;

/// <summary>The <c>run</c> command: runs a plan file unattended, then writes its report beside the results.</summary>
internal static class RunCommand
{
    private static readonly Argument<FileInfo> PlanFile = new("PLAN")
    {
        Description = "The plan, a YAML file (see docs/plans.md).",
    };

    private static readonly Option<DirectoryInfo?> Out = new("--out")
    {
        Description = "The folder for results.jsonl, failures.jsonl and the report; default the plan's 'output'.",
        HelpName = "DIR",
    };

    private static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Log every step to standard error.",
    };

    public static Command Create()
    {
        var command = new Command("run",
            "Run a plan: install, measure and reset every target, hosts in parallel; a re-run resumes.");
        command.Arguments.Add(PlanFile);
        command.Options.Add(Out);
        command.Options.Add(Verbose);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        BenchmarkPlan plan;
        try
        {
            plan = BenchmarkPlanYaml.Load(parse.GetValue(PlanFile)!.FullName);
            if (parse.GetValue(Out) is { } folder)
            {
                plan = plan with { Output = folder.FullName };
            }
        }
        catch (Exception ex) when (ex is BenchmarkPlanException or IOException)
        {
            MeasureCommand.Diagnostics.MarkupLineInterpolated(
                CultureInfo.InvariantCulture, $"[red]Error:[/] {ErrorText.Of(ex)}");
            return MeasureCommand.BadInput;
        }

        using var loggers = LoggerFactory.Create(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(parse.GetValue(Verbose) ? LogLevel.Information : LogLevel.None));
        var runner = new BenchmarkRunner(loggers: loggers);
        BenchmarkOutcome outcome;
        try
        {
            outcome = await PlanProgressDisplay.RunAsync(plan, p => runner.RunAsync(plan, p, cancellationToken),
                cancellationToken);
        }
        catch (OperationCanceledException)
        {
            string where = File.Exists(plan.ResultsPath)
                ? $"Every finished run is in {plan.ResultsPath}; run the plan again to resume."
                : "No run was stored.";
            MeasureCommand.Diagnostics.MarkupLineInterpolated(
                CultureInfo.InvariantCulture, $"[yellow]Cancelled.[/] {where}");
            return MeasureCommand.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or BenchmarkPlanException)
        {
            MeasureCommand.Diagnostics.MarkupLineInterpolated(
                CultureInfo.InvariantCulture, $"[red]Error:[/] {ErrorText.Of(ex)}");
            return MeasureCommand.BadInput;
        }

        PlanProgressDisplay.WriteOutcome(outcome);
        await WriteReportAsync(plan, cancellationToken);
        return outcome.Succeeded ? 0 : MeasureCommand.Failed;
    }

    private static async Task WriteReportAsync(BenchmarkPlan plan, CancellationToken cancellationToken)
    {
        using var store = new ResultStore(plan.ResultsPath);
        var contents = await store.ReadAsync(cancellationToken);
        if (contents.Runs.Count == 0)
        {
            MeasureCommand.Diagnostics.MarkupLine("[yellow]No runs are stored, so there is no report.[/]");
            return;
        }

        var failures = await new FailureLog(plan.FailuresPath).ReadAsync(cancellationToken);
        string folder = Path.Combine(plan.Output, "report");
        string report = await ReportWriter.WriteAsync([.. contents.Observations()], contents.Runs, failures, folder,
            new AnalysisOptions { Baseline = plan.Baseline }, plan.Name, cancellationToken);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"Wrote [green]{report}[/], runs.csv, analysis.json and charts in [green]{folder}[/].");
    }
}
