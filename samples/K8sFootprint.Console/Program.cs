using System.CommandLine;
using System.Runtime.InteropServices;
using K8sFootprint.ConsoleApp;

// Ctrl-C and SIGTERM cancel the measurement, which stops the recorder on the node and removes its files.
using var shutdown = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

// Redirected output (a file, a pipe, CI logs) has no width of its own; keep tables on one line per row there.
if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Width = 200;
}

var root = new RootCommand(
    "Measures how much an idle Kubernetes node spends: CPU, memory, disk i/o, network i/o, disk usage.");
root.Subcommands.Add(MeasureCommand.Create());
root.Subcommands.Add(SummarizeCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(InstallCommand.CreateInstall());
root.Subcommands.Add(InstallCommand.CreateReset());

// '@file' arguments are taken literally: a target such as '@host' must not be read as a response file.
var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"Error: {error.Message}");
    }

    Console.Error.WriteLine("Run with --help to see the options.");
    return MeasureCommand.BadInput;
}

var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await parse.InvokeAsync(invocation, shutdown.Token);

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    shutdown.Cancel();
}
