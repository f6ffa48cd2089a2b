using K8sFootprint.Nodes;

namespace K8sFootprint.IntegrationTests.Nodes;

/// <summary>The node-shell contract; every implementation (local, SSH) runs this same suite.</summary>
public abstract class NodeShellContractTests : IAsyncLifetime
{
    private INodeShell? _shell;

    protected INodeShell Shell => _shell ?? throw new InvalidOperationException("Not initialised.");

    protected string Directory { get; } = "/tmp/k8sfp-contract-" + Guid.NewGuid().ToString("N");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _shell = await CreateShellAsync();
        (await Shell.RunAsync($"mkdir -p {Directory} && chmod 777 {Directory}", cancellationToken: Token))
            .EnsureSuccess(Shell.Node, "test set-up");
    }

    public async ValueTask DisposeAsync()
    {
        if (_shell is not null)
        {
            await _shell.RunAsync($"rm -rf {Directory}", cancellationToken: CancellationToken.None);
            await _shell.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RunAsync_Echo_ReturnsOutputAndExitCodeZero()
    {
        var result = await Shell.RunAsync("echo hello; echo oops >&2", cancellationToken: Token);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("hello\n", result.StandardOutput);
        Assert.Equal("oops\n", result.StandardError);
        Assert.True(result.Duration > TimeSpan.Zero);
    }

    [Fact]
    public async Task RunAsync_NonZeroExit_ReturnsTheCodeWithoutThrowing()
    {
        var result = await Shell.RunAsync("echo failing >&2; exit 42", cancellationToken: Token);

        Assert.Equal(42, result.ExitCode);
        Assert.False(result.Succeeded);
        var ex = Assert.Throws<NodeCommandException>(() => result.EnsureSuccess(Shell.Node, "demo step"));
        Assert.Equal(42, ex.ExitCode);
        Assert.Equal("demo step", ex.Step);
        Assert.Contains("failing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StandardInput_ReachesTheCommand()
    {
        var result = await Shell.RunAsync("tr a-z A-Z", new CommandOptions { StandardInput = "quiet input\n" }, Token);

        Assert.Equal("QUIET INPUT\n", result.StandardOutput);
    }

    [Fact]
    public async Task RunAsync_QuotedHostileValue_IsOneArgument()
    {
        string hostile = "a b; echo pwned $(id) 'q'";

        var result = await Shell.RunAsync($"printf '%s|' {ShellQuoting.Quote(hostile)}", cancellationToken: Token);

        Assert.Equal(hostile + "|", result.StandardOutput);
    }

    [Fact]
    public async Task RunAsync_Timeout_StopsTheCommandOnTheNode()
    {
        string marker = $"{Directory}/timeout-marker";
        var options = new CommandOptions { Timeout = TimeSpan.FromSeconds(1), Step = "slow step" };

        var ex = await Assert.ThrowsAsync<NodeTimeoutException>(
            () => Shell.RunAsync($"sleep 3 && touch {marker}", options, Token));

        Assert.Equal("slow step", ex.Step);
        Assert.Equal(TimeSpan.FromSeconds(1), ex.Timeout);
        await Task.Delay(TimeSpan.FromSeconds(3), TimeProvider.System, Token);
        Assert.False((await Shell.RunAsync($"test -e {marker}", cancellationToken: Token)).Succeeded);
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsTheCommandAndThrowsCancellation()
    {
        string marker = $"{Directory}/cancel-marker";
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cts.CancelAfter(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Shell.RunAsync($"sleep 3 && touch {marker}", cancellationToken: cts.Token));

        await Task.Delay(TimeSpan.FromSeconds(3), TimeProvider.System, Token);
        Assert.False((await Shell.RunAsync($"test -e {marker}", cancellationToken: Token)).Succeeded);
    }

    [Fact]
    public async Task RunAsync_DetachedBackgroundProcess_DoesNotHoldTheCommandOpen()
    {
        var result = await Shell.RunAsync(
            "setsid sleep 20 </dev/null >/dev/null 2>&1 & echo $!",
            new CommandOptions { Timeout = TimeSpan.FromSeconds(10) },
            Token);

        string pid = result.StandardOutput.Trim();
        Assert.True((await Shell.RunAsync($"kill -0 {pid}", cancellationToken: Token)).Succeeded);
        await Shell.RunAsync($"kill {pid}", cancellationToken: Token);
    }

    [Fact]
    public async Task RunAsync_CommandsRunAsRoot_ForMeasuringTheWholeNode()
    {
        var result = await Shell.RunAsync("id -u", cancellationToken: Token);

        Assert.Equal("0", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task WriteFileAsync_ThenReadFileAsync_RoundTripsBytesWithTheMode()
    {
        byte[] content = [0, 1, 2, 255, (byte)'\n', 42];
        string path = $"{Directory}/data.bin";

        await Shell.WriteFileAsync(path, content, UnixFileMode.UserRead | UnixFileMode.UserWrite, Token);
        byte[] read = await Shell.ReadFileAsync(path, Token);
        var mode = await Shell.RunAsync($"stat -c %a {path}", cancellationToken: Token);

        Assert.Equal(content, read);
        Assert.Equal("600", mode.StandardOutput.Trim());
    }

    [Fact]
    public async Task WriteFileAsync_ExistingFile_IsReplaced()
    {
        string path = $"{Directory}/replace.txt";
        await Shell.WriteFileAsync(path, "a much longer first version"u8.ToArray(),
            UnixFileMode.UserRead | UnixFileMode.UserWrite, Token);

        await Shell.WriteFileAsync(path, "short"u8.ToArray(), UnixFileMode.UserRead | UnixFileMode.UserWrite, Token);

        Assert.Equal("short"u8.ToArray(), await Shell.ReadFileAsync(path, Token));
    }

    [Fact]
    public async Task ReadFileAsync_MissingFile_ThrowsFileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => Shell.ReadFileAsync($"{Directory}/absent", Token));
    }

    protected abstract Task<INodeShell> CreateShellAsync();
}
