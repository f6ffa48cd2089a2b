using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.Distros.Kairos;

/// <summary>How the Kairos installer turns a live session into an installed node.</summary>
public sealed record KairosOptions
{
    /// <summary>The options for the live image's default login (user <c>kairos</c>, password <c>kairos</c>, with
    /// passwordless sudo), to connect before installing.</summary>
    /// <param name="host">The live VM's address.</param>
    /// <param name="hostKeys">How to trust the live image's host key (it is made at boot).</param>
    /// <param name="password">The live password, when the image was built with another.</param>
    /// <returns>The options.</returns>
    public static SshNodeOptions LiveImage(string host, HostKeyPolicy hostKeys, string password = "kairos") => new()
    {
        Host = host,
        User = "kairos",
        Credentials = SshCredentials.FromPassword(password),
        HostKeys = hostKeys,
    };

    /// <summary>Gets how to reach the installed system after its reboot: the user (<see cref="User"/>), its key
    /// and the installed system's host key, which the caller pins or explicitly trusts (the live image's key is
    /// not the installed system's).</summary>
    public required SshNodeOptions InstalledSystem { get; init; }

    /// <summary>Gets the public key (one <c>authorized_keys</c> line) written for <see cref="User"/> on the installed
    /// system.</summary>
    public required string AuthorizedKey { get; init; }

    /// <summary>Gets the user of the installed system.</summary>
    /// <value><c>kairos</c>.</value>
    public string User { get; init; } = "kairos";

    /// <summary>Gets the install target, <c>auto</c> or a device such as <c>/dev/vda</c>.</summary>
    /// <value><c>auto</c>.</value>
    public string Device { get; init; } = "auto";

    /// <summary>Gets a value indicating whether the cloud-config ejects the install medium, so that the VM does
    /// not boot the live image again.</summary>
    /// <value><see langword="true"/>.</value>
    public bool EjectCd { get; init; } = true;

    /// <summary>Gets a value indicating whether a reset selects the state-reset boot entry and reboots (wiping
    /// persistent data, keeping /oem) rather than leaving re-imaging to the caller.</summary>
    public bool StateResetOnReset { get; init; }

    /// <summary>Gets how long to wait for the installed system to accept SSH after the reboot.</summary>
    /// <value>15 minutes.</value>
    public TimeSpan RebootTimeout { get; init; } = TimeSpan.FromMinutes(15);
}
