using K8sFootprint.Distros;
using static K8sFootprint.Tests.Distros.ScriptedNodeShell;

namespace K8sFootprint.Tests.Distros;

/// <summary>Preflight against scripted hosts: what passes on the study's hosts, and what each distribution
/// refuses.</summary>
public sealed class PreflightTests
{
    public static TheoryData<DistroKind> Kinds => InstallerCases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Preflight_FreshStudyHost_PassesAndChangesNothing(DistroKind kind)
    {
        var sut = InstallerCases.Create(kind);
        var host = InstallerCases.Host(sut);

        var report = await sut.PreflightAsync(host, new InstallOptions(), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, string.Join("; ", report.Checks.Select(c => $"{c.Name}: {c.Detail}")));
        Assert.DoesNotContain(host.Commands, c => c.Contains("install", StringComparison.Ordinal));
        report.EnsurePassed();
    }

    [Theory]
    [InlineData("os=debian 12", "os", "expected Ubuntu")]
    [InlineData("cpus=1", "cpus", "expected at least 2")]
    [InlineData("memory=1000000000", "memory", "expected at least")]
    [InlineData("disk=1000000000", "disk", "free on /var")]
    [InlineData("cgroup=tmpfs", "cgroup", "cgroup v2")]
    [InlineData("tcp=22 6443", "tcp ports", "6443")]
    [InlineData("module.br_netfilter=no", "module br_netfilter", "loadable")]
    [InlineData("command.curl=no", "curl", "offline")]
    public async Task Preflight_HostLacksSomething_FailsNamingTheCheck(string fact, string check, string detail)
    {
        var sut = InstallerCases.Create(DistroKind.K3s);
        var host = InstallerCases.Host(sut).On("os-release", Ok(UbuntuHost.Facts + "\n" + fact));

        var report = await sut.PreflightAsync(host, new InstallOptions(), TestContext.Current.CancellationToken);

        var failed = Assert.Single(report.Checks, c => c.Outcome == PreflightOutcome.Fail);
        Assert.Equal(check, failed.Name);
        Assert.Contains(detail, failed.Detail, StringComparison.Ordinal);
        var ex = Assert.Throws<DistroInstallException>(report.EnsurePassed);
        Assert.Contains("ubuntu-test", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_Rke2WithAppArmorButNoParser_Fails()
    {
        var sut = InstallerCases.Create(DistroKind.Rke2);
        var host = InstallerCases.Host(sut).On("os-release", Ok(UbuntuHost.Facts + "\ncommand.apparmor_parser=no"));

        var report = await sut.PreflightAsync(host, new InstallOptions(), TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c is { Name: "apparmor_parser", Outcome: PreflightOutcome.Fail });
    }

    [Fact]
    public async Task Preflight_CanonicalOnAHostWithContainerd_Fails()
    {
        var sut = InstallerCases.Create(DistroKind.CanonicalKubernetes);
        var host = InstallerCases.Host(sut).On("os-release", Ok(UbuntuHost.Facts + "\ncontainerd-socket=yes"));

        var report = await sut.PreflightAsync(host, new InstallOptions(), TestContext.Current.CancellationToken);

        Assert.Contains(
            report.Checks, c => c is { Name: "no other container runtime", Outcome: PreflightOutcome.Fail });
    }

    [Fact]
    public async Task Preflight_KubeadmWithSwap_WarnsThatTheInstallTurnsItOff()
    {
        var sut = InstallerCases.Create(DistroKind.Kubeadm);
        var host = InstallerCases.Host(sut).On("os-release", Ok(UbuntuHost.Facts + "\nswap=1"));

        var report = await sut.PreflightAsync(host, new InstallOptions(), TestContext.Current.CancellationToken);

        Assert.True(report.Passed);
        Assert.Contains(report.Checks, c => c is { Name: "swap", Outcome: PreflightOutcome.Warn }
            && c.Detail.Contains("turns swap off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeployNodeExporter_AppliesThePinnedManifestWithTheDistributionsKubectlAndWaits()
    {
        var sut = InstallerCases.Create(DistroKind.Rke2);
        var host = InstallerCases.Host(sut);

        await sut.DeployNodeExporterAsync(host, TimeSpan.FromMinutes(2),
            cancellationToken: TestContext.Current.CancellationToken);

        string manifest = System.Text.Encoding.UTF8.GetString(host.Files["/var/tmp/k8sfootprint-node-exporter.yaml"]);
        Assert.Contains(NodeExporterManifest.DefaultImage, manifest, StringComparison.Ordinal);
        Assert.Contains(host.Commands, c => c.StartsWith("KUBECONFIG=/etc/rancher/rke2/rke2.yaml " +
            "/var/lib/rancher/rke2/bin/kubectl 'apply' '-f'", StringComparison.Ordinal));
        Assert.Contains(host.Commands, c => c.Contains("'rollout' 'status' 'daemonset/node-exporter' '--timeout=120s'",
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeployNodeExporter_RolloutFails_NamesTheStep()
    {
        var sut = InstallerCases.Create(DistroKind.K3s);
        var host = InstallerCases.Host(sut).On("rollout", Fail(1, "error: timed out waiting for the condition"));

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.DeployNodeExporterAsync(host,
            TimeSpan.FromMinutes(1), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("wait for the node exporter", ex.Step);
        Assert.Contains("timed out waiting", ex.Message, StringComparison.Ordinal);
    }
}
