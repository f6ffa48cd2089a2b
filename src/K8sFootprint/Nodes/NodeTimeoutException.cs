namespace K8sFootprint.Nodes;

/// <summary>A step on a node did not finish within its time limit.</summary>
public sealed class NodeTimeoutException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="NodeTimeoutException"/> class.</summary>
    public NodeTimeoutException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NodeTimeoutException"/> class.</summary>
    /// <param name="message">A sentence naming what did not finish.</param>
    public NodeTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NodeTimeoutException"/> class.</summary>
    /// <param name="message">A sentence naming what did not finish.</param>
    /// <param name="innerException">The failure underneath.</param>
    public NodeTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the time limit that passed.</summary>
    public TimeSpan Timeout { get; init; }
}
