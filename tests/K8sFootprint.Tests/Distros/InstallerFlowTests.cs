using K8sFootprint.Distros;
using K8sFootprint.Nodes;
using Microsoft.Extensions.Time.Testing;
using static K8sFootprint.Tests.Distros.ScriptedNodeShell;

namespace K8sFootprint.Tests.Distros;

/// <summary>Each installer against a scripted Ubuntu host (a stand-in: no distribution is downloaded): the right
/// steps, the right errors with the logs attached, and nothing done twice.</summary>
public sealed class InstallerFlowTests
{
    public static TheoryData<DistroKind> Kinds => InstallerCases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Install_FreshHost_RunsThePlanInOrderThenIsReadyWithThePinnedVersion(DistroKind kind)
    {
        var sut = InstallerCases.Create(kind);
        var host = InstallerCases.Host(sut);
        var plan = sut.Plan(new InstallOptions());

        await sut.InstallAsync(host, new InstallOptions(), cancellationToken: TestContext.Current.CancellationToken);
        await sut.WaitUntilReadyAsync(host, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        string? version = await sut.GetInstalledVersionAsync(host, TestContext.Current.CancellationToken);

        var ran = plan.Steps.Where(s => host.Commands.Contains(s.Command)).ToList();
        var positions = ran.Select(s => host.Commands.IndexOf(s.Command)).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.Contains(plan.Steps[0].Command, host.Commands);
        Assert.True(ran.Count >= plan.Steps.Count - 1, $"only {ran.Count} of {plan.Steps.Count} steps ran");
        Assert.Equal(plan.Version, version);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Install_SecondRunOnAnInstalledHost_ChangesNothing(DistroKind kind)
    {
        var sut = InstallerCases.Create(kind);
        var host = InstallerCases.Host(sut);
        await sut.InstallAsync(host, new InstallOptions(), cancellationToken: TestContext.Current.CancellationToken);
        int before = host.Commands.Count;
        var progress = new List<string>();

        await sut.InstallAsync(host, new InstallOptions(), new ListProgress(progress),
            TestContext.Current.CancellationToken);

        var second = host.Commands.Skip(before).ToList();
        var plan = sut.Plan(new InstallOptions());
        Assert.DoesNotContain(second, c => plan.Steps.Any(s => s.Command == c || s.SkipWhen == c));
        Assert.Equal(4, second.Count);
        Assert.Contains("already installed and running", Assert.Single(progress), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Install_AptLockHeldPastTheTimeout_FailsAtTheLockStepWithLogsAndRunsNothingElse(DistroKind kind)
    {
        var sut = InstallerCases.Create(kind);
        var host = InstallerCases.Host(sut).TimesOut("fuser /var/lib/dpkg/lock-frontend");

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(host, new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("wait for the apt/dpkg lock", ex.Step);
        Assert.Equal(kind, ex.Distro);
        Assert.Contains("ubuntu-test", ex.Message, StringComparison.Ordinal);
        Assert.IsType<NodeTimeoutException>(ex.InnerException);
        Assert.Contains("$ ", ex.Logs, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Commands, c => c.Contains("curl", StringComparison.Ordinal)
            || c.StartsWith("snap install", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DistroKind.K3s, "get.k3s.io")]
    [InlineData(DistroKind.K0s, "get.k0s.sh")]
    [InlineData(DistroKind.Rke2, "get.rke2.io")]
    [InlineData(DistroKind.Kubeadm, "pkgs.k8s.io")]
    public async Task Install_DownloadFails_NamesTheStepAndTheExitCode(DistroKind kind, string url)
    {
        var sut = InstallerCases.Create(kind);
        var host = InstallerCases.Host(sut).On(System.Text.RegularExpressions.Regex.Escape(url),
            Fail(22, "curl: (22) The requested URL returned error: 503"));

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(host, new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("exited with code 22", ex.Message, StringComparison.Ordinal);
        Assert.Contains("503", ex.Message, StringComparison.Ordinal);
        Assert.False(await sut.GetInstalledVersionAsync(host, TestContext.Current.CancellationToken) is not null);
    }

    [Theory]
    [InlineData(DistroKind.K3s, "^systemctl start k3s$", "journalctl -u k3s")]
    [InlineData(DistroKind.Rke2, "^systemctl start rke2-server", "journalctl -u rke2-server")]
    public async Task Install_UnitNeverBecomesActive_StopsAtTheBoundAndAttachesTheJournal(
        DistroKind kind, string start, string journal)
    {
        var sut = InstallerCases.Create(kind);
        var host = InstallerCases.Host(sut).TimesOut(start)
            .On(System.Text.RegularExpressions.Regex.Escape(journal), Ok("level=fatal msg=\"etcd: cannot start\"\n"));

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(host, new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.StartsWith("start ", ex.Step, StringComparison.Ordinal);
        Assert.Contains("etcd: cannot start", ex.Logs, StringComparison.Ordinal);
        Assert.Contains("etcd: cannot start", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task WaitUntilReady_NodeStaysNotReady_FailsAtTheDeadlineNamingIt(DistroKind kind)
    {
        var time = InstallerCases.Clock();
        var sut = InstallerCases.Create(kind, time);
        var host = InstallerCases.Host(sut).On(@"get.*nodes", Ok("ubuntu-test False\n"));

        var wait = sut.WaitUntilReadyAsync(host, TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        var ex = await Assert.ThrowsAsync<NodeNotReadyException>(() => Advance(time, wait));

        Assert.Contains("ubuntu-test NotReady", ex.Message, StringComparison.Ordinal);
        Assert.Contains("120 s", ex.Message, StringComparison.Ordinal);
        Assert.InRange(host.Count(@"get.*nodes"), 20, 30);
    }

    [Fact]
    public async Task WaitUntilReady_PodCrashLoops_SaysWhichPodAndWhy()
    {
        var time = InstallerCases.Clock();
        var sut = InstallerCases.Create(DistroKind.CanonicalKubernetes, time);
        var host = InstallerCases.Host(sut)
            .On(@"get.*nodes", Ok(UbuntuHost.ReadyNodes))
            .On(@"get.*pods", Ok("cilium-abcde Running False CrashLoopBackOff\ncoredns-1 Running True \n" +
                "ck-storage-1 Pending  ContainerCreating\n"));

        var wait = sut.WaitUntilReadyAsync(host, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        var ex = await Assert.ThrowsAsync<NodeNotReadyException>(() => Advance(time, wait));

        Assert.Equal(["cilium-abcde (Running, CrashLoopBackOff)", "ck-storage-1 (Pending, ContainerCreating)"],
            ex.PodsNotReady);
        Assert.Contains("CrashLoopBackOff", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitUntilReady_FinishedJobPodsAreLeftOutByTheQuery()
    {
        var sut = InstallerCases.Create(DistroKind.K3s);
        var host = InstallerCases.Host(sut).On(@"get.*nodes", Ok(UbuntuHost.ReadyNodes))
            .On(@"get.*pods", Ok(UbuntuHost.ReadyPods));

        await sut.WaitUntilReadyAsync(host, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        Assert.Contains(host.Commands, c => c.Contains("'--field-selector=status.phase!=Succeeded'",
            StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Reset_LeavesFilesBehind_ReportsThem(DistroKind kind)
    {
        var sut = InstallerCases.Create(kind);
        var host = InstallerCases.Host(sut);
        await sut.InstallAsync(host, new InstallOptions(), cancellationToken: TestContext.Current.CancellationToken);
        host.On(@"^if \[ -e", Ok("/var/lib/rancher\n/etc/cni/net.d\n"));

        var report = await sut.ResetAsync(host, TestContext.Current.CancellationToken);

        Assert.Equal(["/var/lib/rancher", "/etc/cni/net.d"], report.Leftovers);
        Assert.Equal(kind, report.Distro);
        Assert.True(host.Commands.Count(c => c.StartsWith("if [ -e", StringComparison.Ordinal)) == 1);
    }

    [Theory]
    [InlineData(DistroKind.K3s, "/usr/local/bin/k3s-uninstall.sh")]
    [InlineData(DistroKind.Rke2, "/usr/local/bin/rke2-uninstall.sh")]
    [InlineData(DistroKind.K0s, "k0s reset")]
    [InlineData(DistroKind.Kubeadm, "kubeadm reset -f")]
    [InlineData(DistroKind.CanonicalKubernetes, "snap remove k8s --purge")]
    public async Task Reset_InstalledHost_RunsTheDistributionsOwnUninstall(DistroKind kind, string uninstall)
    {
        var sut = InstallerCases.Create(kind);
        var host = InstallerCases.Host(sut);
        await sut.InstallAsync(host, new InstallOptions(), cancellationToken: TestContext.Current.CancellationToken);

        var report = await sut.ResetAsync(host, TestContext.Current.CancellationToken);

        Assert.Contains(uninstall, host.Commands);
        Assert.Empty(report.Leftovers);
    }

    [Theory]
    [InlineData(DistroKind.K3s, "v1.36.2+k3s1\n")]
    [InlineData(DistroKind.Kubeadm, "\u0661.36.3")]
    [InlineData(DistroKind.CanonicalKubernetes, "1.36\n")]
    [InlineData(DistroKind.K3s, "v1.36.2+k3s1; rm -rf /")]
    [InlineData(DistroKind.K3s, "$(reboot)")]
    [InlineData(DistroKind.Rke2, "v1.36.3+rke2r1`id`")]
    [InlineData(DistroKind.K0s, "v1.36.3+k0s.2 && curl evil")]
    [InlineData(DistroKind.Kubeadm, "1.36.3'; reboot; '")]
    [InlineData(DistroKind.CanonicalKubernetes, "1.36-classic/stable\nreboot")]
    public async Task Install_HostileVersion_IsRejectedBeforeAnythingRuns(DistroKind kind, string version)
    {
        var sut = InstallerCases.Create(kind);
        var host = InstallerCases.Host(sut);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => sut.InstallAsync(host,
            new InstallOptions { Version = version }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(version, ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Commands);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Install_AnotherVersionInstalled_RefusesBeforeChangingAnything(DistroKind kind)
    {
        var sut = InstallerCases.Create(kind);
        var host = InstallerCases.Host(sut)
            .On("^" + System.Text.RegularExpressions.Regex.Escape(UbuntuHost.VersionCommand(kind)) + "$",
                Ok(UbuntuHost.VersionOutput(kind, kind switch
                {
                    DistroKind.K3s => "v1.35.1+k3s1",
                    DistroKind.Rke2 => "v1.35.1+rke2r1",
                    DistroKind.K0s => "v1.35.1+k0s.0",
                    DistroKind.Kubeadm => "1.35.1",
                    _ => "1.35-classic/stable",
                })));

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(host, new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("Reset the host first", ex.Message, StringComparison.Ordinal);
        Assert.Single(host.Commands);
    }

    [Fact]
    public async Task Install_KubeadmHalfDone_RunsTheRemainingStepsAgain()
    {
        var sut = InstallerCases.Create(DistroKind.Kubeadm);
        var host = InstallerCases.Host(sut);
        await sut.InstallAsync(host, new InstallOptions(), cancellationToken: TestContext.Current.CancellationToken);
        host.On(@"get.*nodes", Ok("ubuntu-test False\n"));
        int before = host.Commands.Count;

        await sut.InstallAsync(host, new InstallOptions(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(host.Commands.Skip(before), c => c.Contains("kube-flannel.yml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reset_KubeadmOnAHostWithoutKubeadm_TouchesNothing()
    {
        var sut = InstallerCases.Create(DistroKind.Kubeadm);
        var host = InstallerCases.Host(sut);

        await sut.ResetAsync(host, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(host.Commands, c => c.Contains("iptables", StringComparison.Ordinal)
            || c.Contains("purge", StringComparison.Ordinal)
            || c.StartsWith("kubeadm reset", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Install_OfflineFolderMissingAFile_NamesItBeforeAnythingRuns()
    {
        var folder = Directory.CreateTempSubdirectory("k8sfp-offline-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "k3s"), "binary",
            TestContext.Current.CancellationToken);
        var sut = InstallerCases.Create(DistroKind.K3s);
        var host = InstallerCases.Host(sut);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => sut.InstallAsync(host,
            new InstallOptions { OfflineArtifacts = folder.FullName },
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("install.sh, k3s-airgap-images-amd64.tar.zst", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Commands);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Install_Offline_UploadsEveryFileThenInstallsWithoutDownloading()
    {
        var folder = Directory.CreateTempSubdirectory("k8sfp-offline-");
        foreach (string name in new[] { "k3s", "install.sh", "k3s-airgap-images-amd64.tar.zst" })
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, name), name,
                TestContext.Current.CancellationToken);
        }

        var sut = InstallerCases.Create(DistroKind.K3s);
        var host = InstallerCases.Host(sut).On("INSTALL_K3S_SKIP_DOWNLOAD=true", _ => Ok());

        await sut.InstallAsync(host, new InstallOptions { OfflineArtifacts = folder.FullName },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("k3s"u8.ToArray(), host.Files["/var/tmp/k8sfootprint-upload-k3s"]);
        Assert.Contains("install -D -m 755 '/var/tmp/k8sfootprint-upload-k3s' '/usr/local/bin/k3s' && " +
            "rm -f '/var/tmp/k8sfootprint-upload-k3s'", host.Commands);
        Assert.Contains(host.Commands, c => c.Contains(
            "'/var/lib/rancher/k3s/agent/images/k3s-airgap-images-amd64.tar.zst'", StringComparison.Ordinal));
        Assert.True(host.Commands.IndexOf("# upload /var/tmp/k8sfootprint-upload-k3s")
            < host.Commands.FindIndex(c => c.StartsWith("install -D -m 755", StringComparison.Ordinal)));
        Assert.DoesNotContain(host.Commands, c => c.Contains("curl", StringComparison.Ordinal));
        Assert.Contains(host.Commands, c => c.Contains("INSTALL_K3S_SKIP_DOWNLOAD=true", StringComparison.Ordinal));
        folder.Delete(recursive: true);
    }

    private static Task Advance(FakeTimeProvider time, Task task) =>
        FakeClock.Drive(time, task, TimeSpan.FromSeconds(1));

}
