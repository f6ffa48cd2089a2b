namespace K8sFootprint;

/// <summary>The base of every failure this library reports; carries the node and the step that failed.</summary>
public class K8sFootprintException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="K8sFootprintException"/> class.</summary>
    public K8sFootprintException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="K8sFootprintException"/> class.</summary>
    /// <param name="message">A sentence naming what failed and what was expected.</param>
    public K8sFootprintException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="K8sFootprintException"/> class.</summary>
    /// <param name="message">A sentence naming what failed and what was expected.</param>
    /// <param name="innerException">The failure underneath.</param>
    public K8sFootprintException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the node the failure happened on, when there is one.</summary>
    public string? Node { get; init; }

    /// <summary>Gets the step that failed, such as <c>start recorder</c>.</summary>
    public string? Step { get; init; }

    /// <summary>Gets a value indicating whether trying again may succeed.</summary>
    public bool IsTransient { get; init; }
}
