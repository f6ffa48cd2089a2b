using System.Text;
using K8sFootprint.Distros;
using K8sFootprint.Distros.K3s;
using K8sFootprint.IntegrationTests.Infrastructure;
using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.IntegrationTests.Distros;

/// <summary>
/// The K3s installer's whole cycle over real SSH against a STAND-IN K3s (TestData/standin-k3s: scripts that answer
/// like k3s, its install script and systemctl for the commands the installer uses; no Kubernetes runs). The host's
/// writes land in overlays of its own mount namespace, so nothing on this machine changes.
/// </summary>
public sealed class StandInK3sEndToEndTests(StandInHost host) : IClassFixture<StandInHost>
{
    [Fact]
    public async Task StandInK3s_OfflineInstallReadyVersionReset_OverRealSsh_LeavesThisMachineUntouched()
    {
        var ct = TestContext.Current.CancellationToken;
        var installer = new K3sInstaller();
        var options = new InstallOptions
        {
            OfflineArtifacts = StandInHost.StandInFiles,
            ReadyTimeout = TimeSpan.FromSeconds(30),
        };
        await using var shell = await SshNodeShell.ConnectAsync(host.RootOptions(), cancellationToken: ct);

        var preflight = await installer.PreflightAsync(shell, options, ct);
        await installer.InstallAsync(shell, options, cancellationToken: ct);
        await installer.WaitUntilReadyAsync(shell, options.ReadyTimeout, ct);
        string? version = await installer.GetInstalledVersionAsync(shell, ct);
        string exec = Encoding.UTF8.GetString(await shell.ReadFileAsync("/var/lib/rancher/k3s/standin/exec", ct));
        var again = new List<string>();
        await installer.InstallAsync(shell, options, new Collect(again), ct);
        var reset = await installer.ResetAsync(shell, ct);
        string? afterReset = await installer.GetInstalledVersionAsync(shell, ct);

        Assert.Contains(preflight.Checks, c => c.Name == "cgroup");
        Assert.Equal("v1.36.2+k3s1", version);
        Assert.Equal("server --cluster-init", exec.Trim());
        Assert.Contains("already installed and running", Assert.Single(again), StringComparison.Ordinal);
        Assert.Null(afterReset);
        Assert.Equal(["/var/lib/rancher", "/etc/rancher"], reset.Leftovers);
        Assert.True(Directory.Exists(host.UpperDirectory("/etc/rancher")), "the leftover is in the host's overlay");
        Assert.False(File.Exists("/usr/local/bin/k3s"), "the install reached this machine's /usr/local/bin");
        Assert.False(Directory.Exists("/var/lib/rancher/k3s"), "the install reached this machine's /var/lib");
        Assert.False(File.Exists("/usr/local/bin/k3s-uninstall.sh"));
    }

    [Fact]
    public async Task StandInK3s_UnitNeverStarts_FailsWithTheStandInJournalAttached()
    {
        var ct = TestContext.Current.CancellationToken;
        var installer = new K3sInstaller();
        await using var shell = await SshNodeShell.ConnectAsync(host.RootOptions(), cancellationToken: ct);
        await shell.RunAsync(
            "printf '#!/bin/sh\\nexit 1\\n' > /usr/local/sbin/systemctl.fail", cancellationToken: ct);
        await shell.RunAsync("cp /usr/local/sbin/systemctl /usr/local/sbin/systemctl.ok && " +
            "cp /usr/local/sbin/systemctl.fail /usr/local/sbin/systemctl && chmod 755 /usr/local/sbin/systemctl",
            cancellationToken: ct);
        try
        {
            var ex = await Assert.ThrowsAsync<DistroInstallException>(() => installer.InstallAsync(shell,
                new InstallOptions { OfflineArtifacts = StandInHost.StandInFiles }, cancellationToken: ct));

            Assert.Equal("start k3s", ex.Step);
            Assert.Contains("stand-in journal for: -u k3s --no-pager -n 200", ex.Logs, StringComparison.Ordinal);
        }
        finally
        {
            await shell.RunAsync("cp /usr/local/sbin/systemctl.ok /usr/local/sbin/systemctl", cancellationToken: ct);
            await installer.ResetAsync(shell, ct);
        }
    }

    private sealed class Collect(List<string> items) : IProgress<string>
    {
        public void Report(string value) => items.Add(value);
    }
}
