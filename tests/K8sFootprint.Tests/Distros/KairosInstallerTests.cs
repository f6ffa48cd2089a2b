using System.Text;
using K8sFootprint.Distros;
using K8sFootprint.Distros.Kairos;
using K8sFootprint.Nodes;
using K8sFootprint.Nodes.Ssh;
using static K8sFootprint.Tests.Distros.ScriptedNodeShell;

namespace K8sFootprint.Tests.Distros;

/// <summary>The Kairos installer against a scripted node shell that plays the live image, drops the session when
/// it reboots, and comes back as the installed system with a new host key and the configured user.</summary>
public sealed class KairosInstallerTests
{
    private const string Key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ3k8sfootprintTestKeyOnlyForTests controller";

    private static readonly SshNodeOptions Installed = new()
    {
        Host = "10.0.0.30",
        User = "kairos",
        Credentials = SshCredentials.FromPassword("not-used-by-the-scripted-host"),
        HostKeys = HostKeyPolicy.Pinned("SHA256:pRpsGaH/x0FoJ+ia3yB0nSOtQkUsOWz35idAnyiWkiw"),
    };

    private static KairosOptions Options => new() { InstalledSystem = Installed, AuthorizedKey = Key };

    [Fact]
    public async Task Install_LiveImageRebootsIntoTheInstalledSystem_ReconnectsAsTheConfiguredUserAndChecksK3s()
    {
        var host = LiveImage(out var state);
        var sut = new KairosInstaller(Options);
        var steps = new List<string>();

        await sut.InstallAsync(host, new InstallOptions(), new ListProgress(steps),
            TestContext.Current.CancellationToken);
        await sut.WaitUntilReadyAsync(host, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        string cloudConfig = Encoding.UTF8.GetString(host.Files["/tmp/k8sfootprint-cloud-config.yaml"]);
        Assert.StartsWith("#cloud-config\n", cloudConfig, StringComparison.Ordinal);
        Assert.Contains("  - --cluster-init\n", cloudConfig, StringComparison.Ordinal);
        Assert.Contains($"  - \"{Key}\"", cloudConfig, StringComparison.Ordinal);
        Assert.Contains("eject-cd: true", cloudConfig, StringComparison.Ordinal);
        Assert.Same(Installed, state.ReconnectedWith);
        Assert.Contains("# reconnect as kairos", host.Commands);
        Assert.True(host.Commands.IndexOf("# reconnect as kairos")
            < host.Commands.IndexOf("kairos-agent state get boot"));
        Assert.Contains("reconnect to the installed system", steps);
    }

    [Fact]
    public async Task Install_VmBootsTheLiveImageAgain_NamesTheBootOrder()
    {
        var host = LiveImage(out _);
        host.OnReconnect = _ => throw new HostKeyException("The host key of '10.0.0.30' is not pinned.");
        var sut = new KairosInstaller(Options);

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(host, new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("reconnect to the installed system", ex.Step);
        Assert.Contains("booted the live image again", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_BootStateSaysLiveCd_FailsNamingIt()
    {
        var host = LiveImage(out _).On("kairos-agent state get boot", Ok("livecd_boot\n"));
        var sut = new KairosInstaller(Options);

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(host, new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("booted the live image again", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_NoDefaultRoute_StopsBeforeTouchingTheDisk()
    {
        var host = LiveImage(out _).On("ip route show default", Fail(1, string.Empty));
        var sut = new KairosInstaller(Options);

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(host, new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("no default route", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(
            host.Commands, c => c.StartsWith("kairos-agent manual-install", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Install_IsoCarriesAnotherK3s_SaysWhichIsoToBoot()
    {
        var host = LiveImage(out _);
        var sut = new KairosInstaller(Options);

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(host,
            new InstallOptions { Version = "v1.35.4+k3s1" }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("boot the standard ISO built with k3s v1.35.4+k3s1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ShowsTheCloudConfigWithClusterInitAndTheKey()
    {
        string plan = new KairosInstaller(Options).Plan(new InstallOptions()).Render();

        Assert.Contains("#     - --cluster-init", plan, StringComparison.Ordinal);
        Assert.Contains(Key, plan, StringComparison.Ordinal);
        Assert.Contains("kairos-agent manual-install --device 'auto' --reboot", plan, StringComparison.Ordinal);
        InstallPlanGoldenTests.Golden("Kairos.online.txt", plan);
    }

    [Theory]
    [InlineData("ssh-ed25519 AAAA\nk3s: {enabled: false}")]
    [InlineData("not a key")]
    [InlineData("")]
    public void Constructor_KeyThatIsNotOneLine_IsRefused(string key) =>
        Assert.Throws<ArgumentException>(() => new KairosInstaller(Options with { AuthorizedKey = key }));

    [Fact]
    public async Task Reset_ByDefault_SaysToReimage()
    {
        var report = await new KairosInstaller(Options).ResetAsync(LiveImage(out _),
            TestContext.Current.CancellationToken);

        Assert.Contains("re-image", Assert.Single(report.Leftovers), StringComparison.Ordinal);
    }

    /// <summary>The live image until manual-install reboots it (the session drops); the installed system once the
    /// installer reconnects with the installed system's options.</summary>
    private static ScriptedNodeShell LiveImage(out RebootState state)
    {
        var current = new RebootState();
        state = current;
        var host = new ScriptedNodeShell()
            .On("ip route show default", Ok("default via 10.0.0.1 dev eth0\n"))
            .On("^kairos-agent manual-install", _ => throw new NodeConnectionException(
                "Node 'ubuntu-test' closed the SSH session.") { Node = "ubuntu-test" })
            .On("kairos-agent state get boot", _ => current.Installed ? Ok("active_boot\n") : Ok("livecd_boot\n"))
            .On("is-active --quiet k3s", _ => current.Installed ? Ok() : Fail(3, "inactive"))
            .On(@"^k3s --version", _ => current.Installed
                ? Ok("k3s version v1.36.2+k3s1 (a1b2c3d4)\n")
                : Fail(127, "k3s: not found"))
            .On(@"get.*nodes", _ => current.Installed ? Ok(UbuntuHost.ReadyNodes) : Fail(1, "refused"))
            .On(@"get.*pods", _ => current.Installed ? Ok(UbuntuHost.ReadyPods) : Fail(1, "refused"));
        host.OnReconnect = options =>
        {
            current.ReconnectedWith = options;
            current.Installed = true;
            return Task.CompletedTask;
        };
        return host;
    }

    private sealed class RebootState
    {
        public bool Installed { get; set; }

        public SshNodeOptions? ReconnectedWith { get; set; }
    }

}
