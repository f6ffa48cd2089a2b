using System.CommandLine;
using K8sFootprint.ConsoleApp;

var root = new RootCommand(
    "Measures how much an idle Kubernetes node spends: CPU, memory, disk i/o, network i/o, disk usage.");
root.Subcommands.Add(MeasureCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"Error: {error.Message}");
    }

    Console.Error.WriteLine("Run with --help to see the options.");
    return MeasureCommand.BadInput;
}

// Ctrl-C and SIGTERM cancel the measurement, which stops the recorder on the node and removes its files.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) };
return await parse.InvokeAsync(invocation);
