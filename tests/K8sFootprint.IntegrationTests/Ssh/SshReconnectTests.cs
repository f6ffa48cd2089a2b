using K8sFootprint.Nodes;
using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.IntegrationTests.Ssh;

/// <summary>The SSH server goes away mid-command and comes back, with the same or a different host key.</summary>
public sealed class SshReconnectTests(SshHost4 host) : IClassFixture<SshHost4>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_SshdKilledMidCommand_ThrowsAConnectionErrorThenReconnects()
    {
        await using var sut = await SshNodeShell.ConnectAsync(host.RootOptions(), cancellationToken: Token);
        var running = sut.RunAsync("sleep 30", cancellationToken: Token);
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, Token);

        host.Kill();
        var ex = await Assert.ThrowsAsync<NodeConnectionException>(() => running);
        host.Start();
        await sut.ReconnectAsync(TimeSpan.FromSeconds(20), Token);

        Assert.True(ex.IsTransient);
        Assert.Contains(host.Address, ex.Message, StringComparison.Ordinal);
        Assert.True((await sut.RunAsync("true", cancellationToken: Token)).Succeeded);
    }

    [Fact]
    public async Task ReconnectAsync_RestartedWithAnotherHostKey_IsRefused()
    {
        await using var sut = await SshNodeShell.ConnectAsync(host.RootOptions(), cancellationToken: Token);
        host.Kill();
        host.NewHostKey();
        host.Start();

        var ex = await Assert.ThrowsAsync<HostKeyException>(() => sut.ReconnectAsync(TimeSpan.FromSeconds(20), Token));

        Assert.True(ex.KeyChanged);
        Assert.Equal(host.Fingerprint, ex.Fingerprint);
    }

    [Fact]
    public async Task ReconnectAsync_AsTheRebootedSystemWithItsNewHostKeyAndAnotherUser_Connects()
    {
        // Like a live image that installed itself: the session drops, the host comes back with a new host key,
        // and the installer comes back as the installed system's user with that key pinned.
        await using var sut = await SshNodeShell.ConnectAsync(host.RootOptions(), cancellationToken: Token);
        host.Kill();
        host.NewHostKey();
        host.Start();

        await sut.ReconnectAsync(host.UserOptions(HostKeyPolicy.Pinned(host.Fingerprint)), TimeSpan.FromSeconds(20),
            Token);
        // Commands of a non-root user run through sudo, which records who asked.
        var asked = await sut.RunAsync("printenv SUDO_USER", cancellationToken: Token);

        Assert.True(asked.Succeeded, asked.StandardError);
        Assert.Equal(SshTestHost.User, asked.StandardOutput.Trim());
        Assert.True((await sut.RunAsync("true", cancellationToken: Token)).Succeeded);
    }

    [Fact]
    public async Task ReconnectAsync_HostDownPastTheLimit_ThrowsTimeout()
    {
        await using var sut = await SshNodeShell.ConnectAsync(host.RootOptions(), cancellationToken: Token);
        host.Kill();
        try
        {
            var ex = await Assert.ThrowsAsync<NodeTimeoutException>(
                () => sut.ReconnectAsync(TimeSpan.FromSeconds(3), Token));

            Assert.Equal("reconnect", ex.Step);
        }
        finally
        {
            host.Start();
        }
    }
}
