using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.Distros;
using K8sFootprint.Distros.Kairos;
using K8sFootprint.Distros.Talos;
using K8sFootprint.Nodes;
using K8sFootprint.Nodes.Ssh;
using K8sFootprint.Sources;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Benchmarking.Internal;

/// <summary>Turns a plan's host, distribution and source into a node shell, an installer and a source.</summary>
internal static class PlanConnections
{
    public static async Task<INodeShell> ConnectAsync(
        PlanHost host, RunContext context, CancellationToken cancellationToken) => host switch
    {
        SshPlanHost ssh => await SshNodeShell.ConnectAsync(ssh.Options, context.TimeProvider,
            context.Loggers.CreateLogger<SshNodeShell>(), cancellationToken).ConfigureAwait(false),
        TalosPlanHost talos => new TalosNode(talos.Address, talos.Options, context.TimeProvider),
        _ => new LocalNodeShell(context.TimeProvider, context.Loggers.CreateLogger<LocalNodeShell>()),
    };

    public static IDistroInstaller Installer(PlanTarget target, RunContext context)
    {
        if (context.Installers is { } make)
        {
            return make(target);
        }

        return target.Distro switch
        {
            DistroKind.Talos => new TalosInstaller(((TalosPlanHost)target.Host).Options, context.TimeProvider,
                context.Loggers.CreateLogger<TalosInstaller>()),
            DistroKind.Kairos => new KairosInstaller(target.Kairos!, context.TimeProvider,
                context.Loggers.CreateLogger<KairosInstaller>()),
            { } kind => DistroInstallers.Create(kind, context.TimeProvider, context.Loggers),
            null => throw new InvalidOperationException($"Target '{target.Name}' installs no distribution."),
        };
    }

    public static IFootprintSource Source(PlanTarget target, RunContext context) => SourceFactory.Create(
        target.Source, () => ExporterOf(target.Host), context.Http, context.TimeProvider, context.Loggers);

    private static Uri ExporterOf(PlanHost host) =>
        new UriBuilder(Uri.UriSchemeHttp, ((SshPlanHost)host).Options.Host, 9100, "/metrics").Uri;
}
