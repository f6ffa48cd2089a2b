using K8sFootprint.Nodes;

namespace K8sFootprint.IntegrationTests.Nodes;

public sealed class LocalNodeShellContractTests : NodeShellContractTests
{
    protected override Task<INodeShell> CreateShellAsync() => Task.FromResult<INodeShell>(new LocalNodeShell());
}
