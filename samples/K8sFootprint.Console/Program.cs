using System.CommandLine;
using K8sFootprint.ConsoleApp;

var root = new RootCommand("Measures how much an idle Kubernetes node spends: CPU, memory, disk i/o, network i/o, disk usage.");
root.Subcommands.Add(MeasureCommand.Create());
return await root.Parse(args).InvokeAsync();
