using K8sFootprint.Nodes;

namespace K8sFootprint.IntegrationTests.Infrastructure;

/// <summary>Wraps a shell and records when each call reached the node.</summary>
internal sealed class SpyShell(INodeShell inner, TimeProvider time) : INodeShell
{
    public List<(DateTimeOffset At, string Call)> Calls { get; } = [];

    public string Node => inner.Node;

    public Task<CommandResult> RunAsync(
        string command,
        CommandOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Record("run " + (options?.Step ?? "command"));
        return inner.RunAsync(command, options, cancellationToken);
    }

    public Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        Record("read " + path);
        return inner.ReadFileAsync(path, cancellationToken);
    }

    public Task WriteFileAsync(
        string path,
        ReadOnlyMemory<byte> content,
        UnixFileMode mode,
        CancellationToken cancellationToken = default)
    {
        Record("write " + path);
        return inner.WriteFileAsync(path, content, mode, cancellationToken);
    }

    public Task DisconnectAsync(CancellationToken cancellationToken = default) =>
        inner.DisconnectAsync(cancellationToken);

    public Task ReconnectAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        Record("reconnect");
        return inner.ReconnectAsync(timeout, cancellationToken);
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private void Record(string call)
    {
        lock (Calls)
        {
            Calls.Add((time.GetUtcNow(), call));
        }
    }
}
