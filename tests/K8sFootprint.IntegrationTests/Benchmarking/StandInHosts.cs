using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.Distros;
using K8sFootprint.IntegrationTests.Distros;

namespace K8sFootprint.IntegrationTests.Benchmarking;

/// <summary>Three stand-in hosts (network namespaces 7, 8 and 9, each with its own sshd and overlays), for plans
/// that run targets on several hosts at once.</summary>
public sealed class StandInHosts : IDisposable
{
    public StandInHosts()
    {
        Hosts = [new StandInHost(7), new StandInHost(8), new StandInHost(9)];
    }

    public IReadOnlyList<StandInHost> Hosts { get; }

    /// <summary>A target installing the stand-in K3s from <paramref name="offline"/> on host
    /// <paramref name="index"/>.</summary>
    public PlanTarget Target(string name, int index, string? offline = null) => new()
    {
        Name = name,
        Host = PlanHost.Ssh(Hosts[index].RootOptions()),
        Distro = DistroKind.K3s,
        Install = new InstallOptions
        {
            OfflineArtifacts = offline ?? StandInHost.StandInFiles,
            ReadyTimeout = TimeSpan.FromSeconds(30),
        },
        Preflight = PreflightPolicy.Warn,
    };

    public void Dispose()
    {
        foreach (var host in Hosts)
        {
            host.Dispose();
        }
    }
}
