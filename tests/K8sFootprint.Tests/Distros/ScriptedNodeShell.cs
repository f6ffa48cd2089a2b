using System.Text.RegularExpressions;
using K8sFootprint.Nodes;

namespace K8sFootprint.Tests.Distros;

/// <summary>A node shell that answers commands from rules, as a scripted Ubuntu host: the first rule whose pattern
/// matches a command answers it; anything else succeeds with no output. Every command and upload is
/// recorded.</summary>
internal sealed class ScriptedNodeShell : INodeShell, K8sFootprint.Nodes.Ssh.ISshReconnect
{
    private readonly List<(Regex Pattern, Func<string, CommandResult> Answer)> _rules = [];

    public string Node => "ubuntu-test";

    public List<string> Commands { get; } = [];

    public Dictionary<string, byte[]> Files { get; } = [];

    public static CommandResult Ok(string stdout = "") => new(0, stdout, string.Empty, TimeSpan.FromMilliseconds(5));

    public static CommandResult Fail(int code, string stderr) => new(code, string.Empty, stderr, TimeSpan.Zero);

    /// <summary>Adds a rule that takes precedence over the rules added before it.</summary>
    public ScriptedNodeShell On(string pattern, Func<string, CommandResult> answer)
    {
        _rules.Insert(0, (new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1)), answer));
        return this;
    }

    public ScriptedNodeShell On(string pattern, CommandResult answer) => On(pattern, _ => answer);

    public ScriptedNodeShell TimesOut(string pattern) => On(pattern, command =>
        throw new NodeTimeoutException($"The step on node '{Node}' did not finish in time.")
        {
            Node = Node,
            Timeout = TimeSpan.FromSeconds(1),
        });

    public int Count(string pattern) => Commands.Count(c => Regex.IsMatch(c, pattern));

    public Task<CommandResult> RunAsync(
        string command, CommandOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Commands.Add(command);
        foreach (var (pattern, answer) in _rules)
        {
            if (pattern.IsMatch(command))
            {
                return Task.FromResult(answer(command));
            }
        }

        return Task.FromResult(Ok());
    }

    public Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult(Files[path]);

    public Task WriteFileAsync(
        string path, ReadOnlyMemory<byte> content, UnixFileMode mode, CancellationToken cancellationToken = default)
    {
        Commands.Add($"# upload {path}");
        Files[path] = content.ToArray();
        return Task.CompletedTask;
    }

    /// <summary>Gets or sets what happens when an installer reconnects as someone else (a rebooted host).</summary>
    public Func<K8sFootprint.Nodes.Ssh.SshNodeOptions, Task>? OnReconnect { get; set; }

    public Task ReconnectAsync(
        K8sFootprint.Nodes.Ssh.SshNodeOptions options, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        Commands.Add($"# reconnect as {options.User}");
        return OnReconnect?.Invoke(options) ?? Task.CompletedTask;
    }

    public Task DisconnectAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task ReconnectAsync(TimeSpan timeout, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
