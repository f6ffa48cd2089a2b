using K8sFootprint.Distros;
using K8sFootprint.Distros.Talos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace K8sFootprint.Tests.Distros;

/// <summary>The Talos installer against a STAND-IN talosctl and kubectl (TestData/standin-talos: scripts that answer
/// as the real ones do for the subcommands used; no Talos runs).</summary>
public sealed class TalosInstallerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("k8sfp-talos-").FullName;
    private readonly FakeLogger<TalosInstaller> _logger = new();

    public TalosInstallerTests()
    {
        foreach (string tool in new[] { "talosctl", "kubectl" })
        {
            string target = Path.Combine(_directory, tool);
            File.Copy(TestFiles.Path(Path.Combine("standin-talos", tool)), target);
            File.SetUnixFileMode(target, (UnixFileMode)0b111_101_101);
        }

        Directory.CreateDirectory(State);
    }

    private string State => Path.Combine(_directory, "state");

    private string Secrets => Path.Combine(_directory, "secrets");

    private TalosOptions Options => new()
    {
        Talosctl = Path.Combine(_directory, "talosctl"),
        Kubectl = Path.Combine(_directory, "kubectl"),
        SecretsDirectory = Secrets,
        PollInterval = TimeSpan.FromMilliseconds(20),
    };

    [Fact]
    public async Task Install_FromMaintenanceMode_RetriesTheBootstrapAndLeavesOwnerOnlySecretsUnlogged()
    {
        var sut = new TalosInstaller(Options, logger: _logger);
        var node = new TalosNode("10.0.0.9", Options);
        var steps = new List<string>();

        await sut.InstallAsync(node, new InstallOptions(), new ListProgress(steps),
            TestContext.Current.CancellationToken);
        await sut.WaitUntilReadyAsync(node, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        string? version = await sut.GetInstalledVersionAsync(node, TestContext.Current.CancellationToken);
        string[] calls = File.ReadAllLines(Path.Combine(State, "calls"));

        Assert.Equal("v1.13.9", version);
        Assert.Equal(3, calls.Count(c => c.EndsWith(" bootstrap", StringComparison.Ordinal)));
        Assert.Contains(calls, c => c.Contains("--install-disk /dev/vda", StringComparison.Ordinal)
            && c.Contains("--install-image ghcr.io/siderolabs/installer:v1.13.9", StringComparison.Ordinal)
            && c.Contains(TalosInstaller.SchedulingPatch, StringComparison.Ordinal));
        foreach (string secret in new[] { "talosconfig", "controlplane.yaml", "worker.yaml", "kubeconfig" })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(Path.Combine(Secrets, secret)));
        }

        Assert.Equal((UnixFileMode)0b111_000_000, File.GetUnixFileMode(Secrets));
        Assert.DoesNotContain(_logger.Collector.GetSnapshot(), r => r.Message.Contains("STANDIN-SECRET",
            StringComparison.Ordinal));
        Assert.Contains("bootstrap etcd", steps);
    }

    [Fact]
    public async Task Install_AlreadyBootstrapped_CountsAsSuccess()
    {
        File.WriteAllText(Path.Combine(State, "bootstrapped"), string.Empty);
        var sut = new TalosInstaller(Options);

        await sut.InstallAsync(new TalosNode("10.0.0.9", Options), new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Single(File.ReadAllLines(Path.Combine(State, "calls")),
            c => c.EndsWith(" bootstrap", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Install_ApplyConfigCertificateError_SaysTheNodeIsNotInMaintenanceMode()
    {
        File.WriteAllText(Path.Combine(State, "installed"), string.Empty);
        var sut = new TalosInstaller(Options);

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(
            new TalosNode("10.0.0.9", Options), new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("apply the configuration", ex.Step);
        Assert.Contains("not in maintenance mode", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("STANDIN-SECRET", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_HealthCheckTimesOut_FailsAtThatStepWithTalosctlsWords()
    {
        File.WriteAllText(Path.Combine(State, "health-fails"), string.Empty);
        var sut = new TalosInstaller(Options);

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(
            new TalosNode("10.0.0.9", Options), new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("wait until healthy", ex.Step);
        Assert.Contains("context deadline exceeded", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Secrets, "kubeconfig")));
    }

    [Fact]
    public async Task Install_BootstrapNeverSucceeds_StopsAtTheBootstrapTimeout()
    {
        File.WriteAllText(Path.Combine(State, "bootstrap-failures"), "1000");
        var sut = new TalosInstaller(Options with { BootstrapTimeout = TimeSpan.FromMilliseconds(300) });

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(
            new TalosNode("10.0.0.9", Options), new InstallOptions(),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("bootstrap etcd", ex.Step);
        Assert.Contains("etcd is not ready yet", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_TalosctlMissing_NamesTheProgramAndTheStep()
    {
        var sut = new TalosInstaller(Options with { Talosctl = Path.Combine(_directory, "no-talosctl") });

        var ex = await Assert.ThrowsAsync<DistroInstallException>(() => sut.InstallAsync(
            new TalosNode("10.0.0.9", Options), new InstallOptions { Version = "v1.13.9" },
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("no-talosctl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_ClientMatchesButNoApi_FailsOnThePort()
    {
        var sut = new TalosInstaller(Options);

        var report = await sut.PreflightAsync(new TalosNode("127.0.0.1", Options), new InstallOptions(),
            TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c is { Name: "talosctl", Outcome: PreflightOutcome.Pass });
        Assert.Contains(report.Checks, c => c is { Name: "Talos API", Outcome: PreflightOutcome.Fail });
    }

    [Fact]
    public async Task Reset_WipesTheSystemDiskByDefaultAndSaysTheIsoIsNeeded()
    {
        var sut = new TalosInstaller(Options);
        var node = new TalosNode("10.0.0.9", Options);
        await sut.InstallAsync(node, new InstallOptions(), cancellationToken: TestContext.Current.CancellationToken);

        var report = await sut.ResetAsync(node, TestContext.Current.CancellationToken);

        Assert.Contains(File.ReadAllLines(Path.Combine(State, "calls")),
            c => c.EndsWith("reset --graceful=false --reboot", StringComparison.Ordinal));
        Assert.Contains("boot the Talos ISO again", Assert.Single(report.Leftovers), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_PinsTheInstallerImageAndAllowsSchedulingOnTheControlPlane()
    {
        var sut = new TalosInstaller(Options with { SecretsDirectory = "/secrets", Talosctl = "talosctl" });

        string plan = sut.Plan(new InstallOptions { Version = "v1.13.8" }).Render();

        Assert.Contains("'--install-image' 'ghcr.io/siderolabs/installer:v1.13.8'", plan, StringComparison.Ordinal);
        Assert.Contains($"'--config-patch-control-plane' '{TalosInstaller.SchedulingPatch}'", plan,
            StringComparison.Ordinal);
        Assert.Contains("'--kubernetes-version' '1.36.3'", plan, StringComparison.Ordinal);
        Assert.Contains("'bootstrap'", plan, StringComparison.Ordinal);
        InstallPlanGoldenTests.Golden("Talos.online.txt", plan);
    }

    [Fact]
    public void Plan_RegistryMirrorPatch_IsPassedToGenConfig()
    {
        const string mirror =
            "machine:\n  registries:\n    mirrors:\n      docker.io:\n        endpoints: [http://10.0.0.2:5000]";
        var sut = new TalosInstaller(Options with { ConfigPatches = [mirror] });

        string plan = sut.Plan(new InstallOptions()).Render();

        Assert.Contains($"'--config-patch' '{mirror}'", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1.13.9;reboot")]
    [InlineData("v1.13.9\n")]
    [InlineData("1.13.9")]
    public void Plan_HostileOrMalformedVersion_IsRefused(string version) =>
        Assert.Throws<ArgumentException>(
            () => new TalosInstaller(Options).Plan(new InstallOptions { Version = version }));

    [Fact]
    public async Task TalosNode_HasNoShellButReadsFilesThroughTheApi()
    {
        var node = new TalosNode("10.0.0.9", Options);

        byte[] stat = await node.ReadFileAsync("/proc/stat", TestContext.Current.CancellationToken);

        Assert.StartsWith("cpu  100", System.Text.Encoding.UTF8.GetString(stat), StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotSupportedException>(() => node.RunAsync("uptime",
            cancellationToken: TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentException>(() => new TalosNode("10.0.0.9; reboot", Options));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

}
