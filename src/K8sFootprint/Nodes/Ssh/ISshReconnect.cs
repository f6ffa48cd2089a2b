namespace K8sFootprint.Nodes.Ssh;

/// <summary>A node shell that can come back to its host as someone else after the host changed under it: a live
/// image that installed itself and rebooted has a new host key and other users.</summary>
public interface ISshReconnect
{
    /// <summary>Disconnects, then connects again with other options (user, credentials, host-key policy),
    /// retrying until the host answers or the time is up.</summary>
    /// <param name="options">The options for the host as it is now.</param>
    /// <param name="timeout">The longest to keep trying.</param>
    /// <param name="cancellationToken">Cancels the attempts.</param>
    /// <returns>A task that completes when connected.</returns>
    Task ReconnectAsync(SshNodeOptions options, TimeSpan timeout, CancellationToken cancellationToken = default);
}
