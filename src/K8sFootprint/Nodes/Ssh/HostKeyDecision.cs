namespace K8sFootprint.Nodes.Ssh;

/// <summary>What a host-key policy says about a key a host presented.</summary>
public enum HostKeyDecision
{
    /// <summary>The key is known for this host: connect.</summary>
    Trusted,

    /// <summary>No key is known for this host: refuse.</summary>
    Unknown,

    /// <summary>A different key is known for this host (or this key is revoked): refuse.</summary>
    Changed,
}
