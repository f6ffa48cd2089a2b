namespace K8sFootprint.Nodes;

/// <summary>The node could not be reached or the connection to it broke.</summary>
public sealed class NodeConnectionException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="NodeConnectionException"/> class.</summary>
    public NodeConnectionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NodeConnectionException"/> class.</summary>
    /// <param name="message">A sentence naming the node, the step and what was expected.</param>
    public NodeConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NodeConnectionException"/> class.</summary>
    /// <param name="message">A sentence naming the node, the step and what was expected.</param>
    /// <param name="innerException">The failure underneath.</param>
    public NodeConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
