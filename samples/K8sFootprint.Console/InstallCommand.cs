using System.CommandLine;
using System.Globalization;
using K8sFootprint.Distros;
using K8sFootprint.Distros.Talos;
using K8sFootprint.Nodes;
using K8sFootprint.Nodes.Ssh;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp;

/// <summary>The <c>install</c> and <c>reset</c> commands: a distribution on a host over SSH, or its plan without
/// touching any host.</summary>
internal static class InstallCommand
{
    private static readonly Option<string> Distro = new("--distro")
    {
        Description = "The distribution: kubeadm, k3s, k0s, rke2 or canonical.",
        HelpName = "NAME",
        Required = true,
    };

    private static readonly Option<string?> Version = new("--version")
    {
        Description = "The version to install in the distribution's notation (e.g. v1.36.2+k3s1, 1.36.3, " +
            "1.36-classic/stable). Default: the installer's pinned version.",
        HelpName = "V",
    };

    private static readonly Option<DirectoryInfo?> Offline = new("--offline")
    {
        Description = "Upload the distribution's air-gap files from this folder instead of downloading anything.",
        HelpName = "DIR",
    };

    private static readonly Option<bool> DryRun = new("--dry-run")
    {
        Description = "Print the exact commands the install would run, in order, and touch no host.",
    };

    private static readonly Option<string?> TalosNodeAddress = new("--talos-node")
    {
        Description = "Talos: the node's address; its API (port 50000) is driven with talosctl from this machine.",
        HelpName = "ADDRESS",
    };

    private static readonly Option<DirectoryInfo?> Secrets = new("--secrets")
    {
        Description = "Talos: the folder for the generated configuration, talosconfig and kubeconfig " +
            "(owner-only). Default: ./talos-secrets.",
        HelpName = "DIR",
    };

    private static readonly Option<TimeSpan> ReadyTimeout = new("--ready-timeout")
    {
        Description = "How long to wait for the node and the kube-system pods to become ready.",
        HelpName = "DURATION",
        DefaultValueFactory = _ => TimeSpan.FromMinutes(15),
        CustomParser = DurationParser.Parse,
    };

    public static Command CreateInstall()
    {
        var command = new Command("install",
            "Install a Kubernetes distribution on a fresh Ubuntu host over SSH: preflight, install, wait until ready.");
        Option[] options = [Distro, Version, Offline, DryRun, ReadyTimeout, TalosNodeAddress, Secrets];
        foreach (var option in options.Concat(SshTargetOptions.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(InstallAsync);
        return command;
    }

    public static Command CreateReset()
    {
        var command = new Command("reset",
            "Remove a distribution from a host over SSH with its own uninstall, and list what it left behind.");
        foreach (var option in new Option[] { Distro, TalosNodeAddress, Secrets }.Concat(SshTargetOptions.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(ResetAsync);
        return command;
    }

    private static async Task<int> InstallAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (!TryInstaller(parse, out var installer, out var options))
        {
            return MeasureCommand.BadInput;
        }

        InstallPlan plan;
        try
        {
            plan = installer.Plan(options);
        }
        catch (ArgumentException ex)
        {
            return Error(ex);
        }

        if (parse.GetValue(DryRun))
        {
            if (parse.GetValue(SshTargetOptions.Target) is not null)
            {
                MeasureCommand.Diagnostics.MarkupLine(
                    "[yellow]Note:[/] '--dry-run' touches no host; '--ssh' is ignored.");
            }

            Console.Write(plan.Render());
            return 0;
        }

        return await OnHostAsync(parse, async shell =>
        {
            var report = await installer.PreflightAsync(shell, options, cancellationToken);
            WritePreflight(report);
            report.EnsurePassed();
            await installer.InstallAsync(shell, options, new Progress<string>(Step), cancellationToken);
            Step("wait until ready");
            await installer.WaitUntilReadyAsync(shell, options.ReadyTimeout, cancellationToken);
            string? version = await installer.GetInstalledVersionAsync(shell, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[green]{installer.DisplayName} {version} is installed and ready on {shell.Node}.[/]");
        }, cancellationToken);
    }

    private static async Task<int> ResetAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (!TryInstaller(parse, out var installer, out _))
        {
            return MeasureCommand.BadInput;
        }

        return await OnHostAsync(parse, async shell =>
        {
            var report = await installer.ResetAsync(shell, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"{installer.DisplayName} was removed from {shell.Node}.");
            foreach (string left in report.Leftovers)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]Left behind:[/] {left}");
            }

            if (report.RebootRecommended)
            {
                AnsiConsole.MarkupLine("Reboot the host to clear what the uninstall cannot (iptables rules, mounts).");
            }
        }, cancellationToken);
    }

    private static bool TryInstaller(ParseResult parse, out IDistroInstaller installer, out InstallOptions options)
    {
        installer = null!;
        options = null!;
        try
        {
            var kind = DistroInstallers.Parse(parse.GetValue(Distro)!);
            installer = kind == DistroKind.Talos
                ? new TalosInstaller(TalosOptionsOf(parse))
                : DistroInstallers.Create(kind);
            options = new InstallOptions
            {
                Version = parse.GetValue(Version),
                OfflineArtifacts = parse.GetValue(Offline)?.FullName,
                ReadyTimeout = parse.CommandResult.Command.Options.Contains(ReadyTimeout)
                    ? parse.GetValue(ReadyTimeout)
                    : new InstallOptions().ReadyTimeout,
            };
            options.Validate();
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            Error(ex is ArgumentException { ParamName: nameof(InstallOptions.ReadyTimeout) }
                ? new ArgumentException($"Option '--ready-timeout' must be above zero and at most one day; got " +
                    $"'{parse.GetValue(ReadyTimeout)}'.")
                : ex);
            return false;
        }
    }

    private static TalosOptions TalosOptionsOf(ParseResult parse) => new()
    {
        SecretsDirectory = parse.GetValue(Secrets)?.FullName ?? Path.GetFullPath("talos-secrets"),
    };

    private static async Task<int> OnHostAsync(
        ParseResult parse, Func<INodeShell, Task> work, CancellationToken cancellationToken)
    {
        if (parse.GetValue(Distro) is { } name && DistroInstallers.Parse(name) == DistroKind.Talos)
        {
            return await OnTalosNodeAsync(parse, work, cancellationToken);
        }

        SshNodeOptions? ssh;
        try
        {
            ssh = SshTargetOptions.Create(parse)
                ?? throw new ArgumentException(parse.CommandResult.Command.Name == "install"
                    ? "Option '--ssh user@host' is required unless '--dry-run' is given."
                    : "Option '--ssh user@host' is required: it names the host to reset.");
            ssh.Validate();
        }
        catch (ArgumentException ex)
        {
            return Error(ex);
        }

        using var loggers = LoggerFactory.Create(b => b
            .AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        try
        {
            await using var shell = await SshNodeShell.ConnectAsync(
                ssh, logger: loggers.CreateLogger<SshNodeShell>(), cancellationToken: cancellationToken);
            await work(shell);
            return 0;
        }
        catch (DistroInstallException ex)
        {
            MeasureCommand.Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[red]Failed:[/] {ex.Message}");
            return MeasureCommand.Failed;
        }
        catch (K8sFootprintException ex)
        {
            MeasureCommand.Diagnostics.MarkupLineInterpolated(
                CultureInfo.InvariantCulture, $"[red]Failed:[/] {ex.Message}");
            return MeasureCommand.Failed;
        }
        catch (OperationCanceledException)
        {
            MeasureCommand.Diagnostics.MarkupLine("[yellow]Cancelled; the host may be half installed: run reset.[/]");
            return MeasureCommand.Cancelled;
        }
    }

    private static async Task<int> OnTalosNodeAsync(
        ParseResult parse, Func<INodeShell, Task> work, CancellationToken cancellationToken)
    {
        TalosNode node;
        try
        {
            string address = parse.GetValue(TalosNodeAddress)
                ?? throw new ArgumentException("Option '--talos-node ADDRESS' is required for Talos.");
            node = new TalosNode(address, TalosOptionsOf(parse));
        }
        catch (ArgumentException ex)
        {
            return Error(ex);
        }

        try
        {
            await work(node);
            return 0;
        }
        catch (K8sFootprintException ex)
        {
            MeasureCommand.Diagnostics.MarkupLineInterpolated(
                CultureInfo.InvariantCulture, $"[red]Failed:[/] {ex.Message}");
            return MeasureCommand.Failed;
        }
        catch (OperationCanceledException)
        {
            MeasureCommand.Diagnostics.MarkupLine("[yellow]Cancelled; the node may be half installed: reset it.[/]");
            return MeasureCommand.Cancelled;
        }
    }

    private static void WritePreflight(PreflightReport report)
    {
        var table = new Table()
            .Title($"Preflight of {Markup.Escape(report.Node)}")
            .AddColumns("Check", "Result", "Detail");
        foreach (var check in report.Checks)
        {
            string color = check.Outcome switch
            {
                PreflightOutcome.Pass => "green",
                PreflightOutcome.Warn => "yellow",
                _ => "red",
            };
            table.AddRow(Markup.Escape(check.Name), $"[{color}]{check.Outcome}[/]", Markup.Escape(check.Detail));
        }

        AnsiConsole.Write(table);
    }

    private static void Step(string name) => MeasureCommand.Diagnostics.MarkupLineInterpolated(
        CultureInfo.InvariantCulture, $"[grey]>[/] {name}");

    private static int Error(Exception ex)
    {
        string message = ErrorText.Of(ex);
        MeasureCommand.Diagnostics.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]Error:[/] {message}");
        return MeasureCommand.BadInput;
    }
}
