using K8sFootprint.Nodes;
using K8sFootprint.Nodes.Ssh;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace K8sFootprint.IntegrationTests.Ssh;

/// <summary>Authentication, host keys, failures and secrets against a real OpenSSH server.</summary>
public sealed class SshNodeShellTests(SshHost3 host) : IClassFixture<SshHost3>
{
    private readonly FakeLogCollector _logs = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConnectAsync_KeyAuthentication_RunsAsRoot()
    {
        await using var sut = await ConnectAsync(host.RootOptions());

        var result = await sut.RunAsync("id -un", cancellationToken: Token);

        Assert.Equal("root", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task ConnectAsync_PasswordAuthentication_LogsInAsTheUserAndUsesSudo()
    {
        await using var sut = await ConnectAsync(host.UserOptions());

        var login = await sut.RunAsync("echo $SUDO_USER", cancellationToken: Token);
        var id = await sut.RunAsync("id -u", cancellationToken: Token);

        Assert.Equal(SshTestHost.User, login.StandardOutput.Trim());
        Assert.Equal("0", id.StandardOutput.Trim());
    }

    [Fact]
    public async Task ConnectAsync_EncryptedKeyWithPassphrase_Succeeds()
    {
        var options = host.RootOptions() with
        {
            Credentials = SshCredentials.FromPrivateKeyFile(SshTestHost.EncryptedClientKey, SshTestHost.KeyPassphrase),
        };

        await using var sut = await ConnectAsync(options);

        Assert.True((await sut.RunAsync("true", cancellationToken: Token)).Succeeded);
    }

    [Fact]
    public async Task ConnectAsync_KeyFromMemory_Succeeds()
    {
        var options = host.RootOptions() with
        {
            Credentials = SshCredentials.FromPrivateKey(await File.ReadAllTextAsync(SshTestHost.ClientKey, Token)),
        };

        await using var sut = await ConnectAsync(options);

        Assert.True((await sut.RunAsync("true", cancellationToken: Token)).Succeeded);
    }

    [Fact]
    public void FromPrivateKeyFile_WrongPassphrase_FailsWithoutQuotingIt()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => SshCredentials.FromPrivateKeyFile(SshTestHost.EncryptedClientKey, "not the passphrase"));

        Assert.Contains(SshTestHost.EncryptedClientKey, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not the passphrase", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_WrongKey_ThrowsAuthenticationException()
    {
        var options = host.RootOptions() with
        {
            Credentials = SshCredentials.FromPrivateKeyFile(SshTestHost.WrongClientKey)
        };

        var ex = await Assert.ThrowsAsync<NodeAuthenticationException>(() => ConnectAsync(options));

        Assert.Equal("authenticate", ex.Step);
        Assert.Contains("root@", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_WrongPassword_ThrowsAuthenticationExceptionWithoutThePassword()
    {
        const string Wrong = "Wr0ng-Secret-k8sfp";
        var options = host.UserOptions() with { Credentials = SshCredentials.FromPassword(Wrong) };

        var ex = await Assert.ThrowsAsync<NodeAuthenticationException>(() => ConnectAsync(options));

        Assert.DoesNotContain(Wrong, ex.ToString(), StringComparison.Ordinal);
        AssertNoSecretLogged(Wrong);
    }

    [Fact]
    public async Task ConnectAsync_WrongSudoPassword_FailsAtConnectWithoutThePassword()
    {
        const string Wrong = "Not-The-Sudo-Pass-9";
        var options = host.UserOptions() with { SudoPassword = Wrong };

        var ex = await Assert.ThrowsAsync<NodeAuthenticationException>(() => ConnectAsync(options));

        Assert.Equal("sudo", ex.Step);
        Assert.DoesNotContain(Wrong, ex.ToString(), StringComparison.Ordinal);
        AssertNoSecretLogged(Wrong);
    }

    [Fact]
    public async Task ConnectAsync_UnknownHostKey_IsRefusedByDefault()
    {
        var options = host.RootOptions() with { HostKeys = null };

        var ex = await Assert.ThrowsAsync<HostKeyException>(() => ConnectAsync(options));

        Assert.False(ex.KeyChanged);
        Assert.Equal(host.Fingerprint, ex.Fingerprint);
        Assert.Contains(host.Fingerprint, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_ChangedHostKey_IsRefused()
    {
        var options = host.RootOptions(HostKeyPolicy.Pinned("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        var ex = await Assert.ThrowsAsync<HostKeyException>(() => ConnectAsync(options));

        Assert.True(ex.KeyChanged);
        Assert.Equal("ssh-ed25519", ex.KeyType);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ConnectAsync_KnownHostsFile_TrustsTheListedKey(bool hashed)
    {
        var options = host.RootOptions(HostKeyPolicy.KnownHosts(host.KnownHostsFile(hashed)));

        await using var sut = await ConnectAsync(options);

        Assert.True((await sut.RunAsync("true", cancellationToken: Token)).Succeeded);
    }

    [Fact]
    public async Task ConnectAsync_KnownHostsWithAnotherKeyForTheHost_IsRefusedAsChanged()
    {
        string path = Path.Combine(host.Directory, "known_hosts.other");
        await File.WriteAllTextAsync(path,
            $"{host.Address} {await File.ReadAllTextAsync(SshTestHost.WrongClientKey + ".pub", Token)}", Token);

        var ex = await Assert.ThrowsAsync<HostKeyException>(
            () => ConnectAsync(host.RootOptions(HostKeyPolicy.KnownHosts(path))));

        Assert.True(ex.KeyChanged);
    }

    [Fact]
    public async Task ConnectAsync_TrustOnFirstUse_ConnectsAndLogsTheFingerprint()
    {
        await using var sut = await ConnectAsync(host.RootOptions(HostKeyPolicy.TrustOnFirstUse()));

        Assert.Contains(_logs.GetSnapshot(),
            r => r.Level == LogLevel.Warning && r.Message.Contains(host.Fingerprint, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnsureSuccess_FailingCommand_NamesHostStepExitCodeAndStderr()
    {
        await using var sut = await ConnectAsync(host.RootOptions());

        var result = await sut.RunAsync("echo 'no such unit' >&2; exit 5",
            new CommandOptions { Step = "restart unit" }, Token);
        var ex = Assert.Throws<NodeCommandException>(() => result.EnsureSuccess(sut.Node, "restart unit"));

        Assert.Equal(5, ex.ExitCode);
        Assert.Equal("no such unit", ex.StandardError);
        Assert.Contains(host.Address, ex.Message, StringComparison.Ordinal);
        Assert.Contains("restart unit", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunAsync_OutlivesItsTimeout_IsGoneFromTheProcessTable(bool sudo)
    {
        await using var sut = await ConnectAsync(sudo ? host.UserOptions() : host.RootOptions());
        string marker = sudo ? "3011" : "3012";

        await Assert.ThrowsAsync<NodeTimeoutException>(
            () => sut.RunAsync($"sleep {marker}", new CommandOptions { Timeout = TimeSpan.FromSeconds(2) }, Token));

        var left = await sut.RunAsync($"ps -eo args | grep -c '^sleep {marker}$' || true", cancellationToken: Token);
        Assert.Equal("0", left.StandardOutput.Trim());
    }

    [Fact]
    public async Task SudoPassword_NeverReachesLogsOutputOrErrors()
    {
        var options = host.UserOptions() with { LogCommandText = true };
        await using var sut = await ConnectAsync(options);

        var echo = await sut.RunAsync("cat; ps -eo args",
            new CommandOptions { StandardInput = "visible input\n" }, Token);
        var failing = await sut.RunAsync("exit 3", cancellationToken: Token);

        Assert.Equal("visible input", echo.StandardOutput.Split('\n')[0]);
        Assert.DoesNotContain(SshTestHost.UserPassword,
            echo.StandardOutput + echo.StandardError + failing.StandardError, StringComparison.Ordinal);
        AssertNoSecretLogged(SshTestHost.UserPassword);
    }

    [Fact]
    public void Credentials_ToString_NeverShowsTheSecret()
    {
        var password = SshCredentials.FromPassword("Hidden-Pass-123");
        var key = SshCredentials.FromPrivateKey(File.ReadAllText(SshTestHost.ClientKey));

        Assert.Equal("password", password.ToString());
        Assert.DoesNotContain("PRIVATE KEY", key.ToString(), StringComparison.Ordinal);
    }

    private async Task<SshNodeShell> ConnectAsync(SshNodeOptions options)
    {
        var logger = new FakeLogger<SshNodeShell>(_logs);
        return await SshNodeShell.ConnectAsync(options, logger: logger, cancellationToken: Token);
    }

    private void AssertNoSecretLogged(string secret)
    {
        foreach (var record in _logs.GetSnapshot())
        {
            Assert.DoesNotContain(secret, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, record.Exception?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }
    }
}
