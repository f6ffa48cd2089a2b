using K8sFootprint.Measurement;
using K8sFootprint.Nodes.Ssh;
using K8sFootprint.Serialization;
using K8sFootprint.Sources;
using K8sFootprint.Sources.Proc;

namespace K8sFootprint.IntegrationTests.Ssh;

/// <summary>The /proc recorder on a remote host: the session is closed for the whole window.</summary>
public sealed class RemoteMeasurementTests(SshHost5 host) : IClassFixture<SshHost5>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_OverSsh_MovesNoBytesOnTheHostsInterfaceDuringTheWindow()
    {
        var window = TimeSpan.FromSeconds(5);
        await using var shell = await SshNodeShell.ConnectAsync(host.RootOptions(), cancellationToken: Token);
        var recording = await new ProcRecorderSource().StartAsync(
            shell, new RecordingRequest(window, TimeSpan.FromSeconds(1)), Token);
        await using (recording)
        {
            await shell.DisconnectAsync(Token);
            await Task.Delay(TimeSpan.FromMilliseconds(300), TimeProvider.System, Token);
            ulong before = host.PeerBytes();
            await Task.Delay(
                recording.StartedAt + window + TimeSpan.FromMilliseconds(500) - TimeProvider.System.GetUtcNow(),
                TimeProvider.System,
                Token);
            ulong after = host.PeerBytes();

            var raw = await recording.CollectAsync(Token);

            Assert.Equal(before, after);
            Assert.Equal(6, raw.SampleCount);
            Assert.True(TimeProvider.System.GetUtcNow() > raw.StartTime + TimeSpan.FromSeconds(raw.Duration));
        }
    }

    [Fact]
    public async Task Console_MeasureOverSshWithKeyAndPinnedHostKey_PrintsTheRemoteFootprint()
    {
        var (exit, stdout, stderr) = await Console.MeasureCommandTests.RunAsync(
            "measure", "--ssh", $"root@{host.Address}:22", "--identity", SshTestHost.ClientKey,
            "--host-key", host.Fingerprint,
            "--window", "3s", "--interval", "1s");

        Assert.True(exit == 0, stderr + stdout);
        Assert.Contains($"Idle footprint of root@{host.Address}:22", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_MeasureOverSshWithPasswordFromEnvironment_NeverPrintsIt()
    {
        var (exit, stdout, stderr) = await Console.MeasureCommandTests.RunAsync(
            "measure", "--ssh", $"{SshTestHost.User}@{host.Address}", "--password-env", "K8SFP_TEST_PASSWORD",
            "--trust-on-first-use", "--window", "3s", "--interval", "1s", "--verbose");

        Assert.True(exit == 0, stderr + stdout);
        Assert.Contains(host.Fingerprint, stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(SshTestHost.UserPassword, stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_MeasureOverSshWithUnknownHostKey_FailsNamingTheFingerprint()
    {
        string knownHosts = Path.Combine(host.Directory, "empty_known_hosts");
        await File.WriteAllTextAsync(knownHosts, string.Empty, Token);

        var (exit, _, stderr) = await Console.MeasureCommandTests.RunAsync(
            "measure", "--ssh", $"root@{host.Address}", "--identity", SshTestHost.ClientKey,
            "--known-hosts", knownHosts,
            "--window", "3s", "--interval", "1s");

        Assert.Equal(1, exit);
        Assert.Contains(host.Fingerprint, stderr.Replace("\n", string.Empty, StringComparison.Ordinal),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeasureAsync_OverSshWithSudoPassword_GivesAFootprintWithoutTheSecret()
    {
        await using var shell = await SshNodeShell.ConnectAsync(host.UserOptions(), cancellationToken: Token);
        var options = new IdleMeasurementOptions
        {
            Settle = TimeSpan.Zero,
            Window = TimeSpan.FromSeconds(3),
            Interval = TimeSpan.FromSeconds(1)
        };

        var footprint = await new IdleMeasurement().MeasureAsync(shell, options, cancellationToken: Token);

        Assert.Equal(4, footprint.Window.SampleCount);
        Assert.Contains(footprint.Network.Interfaces, i => i.Interface == host.PeerVeth);
        Assert.DoesNotContain(SshTestHost.UserPassword, FootprintJson.Serialize(footprint), StringComparison.Ordinal);
    }
}
