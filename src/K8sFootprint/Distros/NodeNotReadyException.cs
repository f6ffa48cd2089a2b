namespace K8sFootprint.Distros;

/// <summary>The node or its kube-system pods did not become ready within the timeout.</summary>
public sealed class NodeNotReadyException : DistroInstallException
{
    /// <summary>Initializes a new instance of the <see cref="NodeNotReadyException"/> class.</summary>
    public NodeNotReadyException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NodeNotReadyException"/> class.</summary>
    /// <param name="message">A sentence naming the node and what was not ready.</param>
    public NodeNotReadyException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NodeNotReadyException"/> class.</summary>
    /// <param name="message">A sentence naming the node and what was not ready.</param>
    /// <param name="innerException">The failure underneath.</param>
    public NodeNotReadyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the kube-system pods that were not ready at the deadline, with their state.</summary>
    public IReadOnlyList<string> PodsNotReady { get; init; } = [];
}
