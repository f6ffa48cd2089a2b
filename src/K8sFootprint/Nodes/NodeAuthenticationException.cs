namespace K8sFootprint.Nodes;

/// <summary>The node refused the credentials.</summary>
public sealed class NodeAuthenticationException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="NodeAuthenticationException"/> class.</summary>
    public NodeAuthenticationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NodeAuthenticationException"/> class.</summary>
    /// <param name="message">A sentence naming the node, the step and what was expected.</param>
    public NodeAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NodeAuthenticationException"/> class.</summary>
    /// <param name="message">A sentence naming the node, the step and what was expected.</param>
    /// <param name="innerException">The failure underneath.</param>
    public NodeAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
