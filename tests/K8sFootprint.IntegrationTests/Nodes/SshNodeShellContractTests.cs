using K8sFootprint.IntegrationTests.Ssh;
using K8sFootprint.Nodes;
using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.IntegrationTests.Nodes;

/// <summary>The node-shell contract over SSH as root, authenticated with a key, host key pinned.</summary>
public sealed class SshNodeShellContractTests(SshHost1 host) : NodeShellContractTests, IClassFixture<SshHost1>
{
    protected override async Task<INodeShell> CreateShellAsync() =>
        await SshNodeShell.ConnectAsync(host.RootOptions(), cancellationToken: TestContext.Current.CancellationToken);
}

/// <summary>The node-shell contract over SSH as a non-root user with a password, commands through sudo.</summary>
public sealed class SudoSshNodeShellContractTests(SshHost2 host) : NodeShellContractTests, IClassFixture<SshHost2>
{
    protected override async Task<INodeShell> CreateShellAsync() =>
        await SshNodeShell.ConnectAsync(host.UserOptions(), cancellationToken: TestContext.Current.CancellationToken);
}
