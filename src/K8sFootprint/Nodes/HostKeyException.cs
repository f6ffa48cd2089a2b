namespace K8sFootprint.Nodes;

/// <summary>The node presented a host key that the host-key policy does not trust: unknown or changed.</summary>
public sealed class HostKeyException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="HostKeyException"/> class.</summary>
    public HostKeyException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HostKeyException"/> class.</summary>
    /// <param name="message">A sentence naming the node and the fingerprint it presented.</param>
    public HostKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HostKeyException"/> class.</summary>
    /// <param name="message">A sentence naming the node and the fingerprint it presented.</param>
    /// <param name="innerException">The failure underneath.</param>
    public HostKeyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the SHA256 fingerprint the node presented, as <c>SHA256:base64</c>.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>Gets the key type the node presented, such as <c>ssh-ed25519</c>.</summary>
    public string? KeyType { get; init; }

    /// <summary>Gets a value indicating whether the policy knew a different key for this host (a changed key)
    /// rather than no key at all.</summary>
    public bool KeyChanged { get; init; }
}
