namespace K8sFootprint.Nodes;

/// <summary>A command on a node exited with a code other than the expected one.</summary>
public sealed class NodeCommandException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="NodeCommandException"/> class.</summary>
    public NodeCommandException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NodeCommandException"/> class.</summary>
    /// <param name="message">A sentence naming what failed.</param>
    public NodeCommandException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NodeCommandException"/> class.</summary>
    /// <param name="message">A sentence naming what failed.</param>
    /// <param name="innerException">The failure underneath.</param>
    public NodeCommandException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the command's exit code.</summary>
    public int ExitCode { get; init; }

    /// <summary>Gets what the command wrote to standard error (trimmed to a readable length).</summary>
    public string StandardError { get; init; } = string.Empty;
}
