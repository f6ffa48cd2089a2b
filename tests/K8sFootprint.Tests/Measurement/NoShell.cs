using K8sFootprint.Nodes;

namespace K8sFootprint.Tests.Measurement;

internal sealed class NoShell : INodeShell
{
    public string Node => "node";

    public Task<CommandResult> RunAsync(
        string command,
        CommandOptions? options = null,
        CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The engine itself must not contact the node.");

    public Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The engine itself must not contact the node.");

    public Task WriteFileAsync(
        string path,
        ReadOnlyMemory<byte> content,
        UnixFileMode mode,
        CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The engine itself must not contact the node.");

    public Task DisconnectAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task ReconnectAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The engine itself must not contact the node.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
