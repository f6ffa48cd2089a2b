namespace K8sFootprint.Nodes.Ssh;

/// <summary>How commands gain root on a host.</summary>
internal enum SudoMode
{
    /// <summary>The user is root, or sudo is turned off.</summary>
    None,

    /// <summary><c>sudo -n</c>: the host lets the user run sudo without a password.</summary>
    NoPassword,

    /// <summary><c>sudo -k -S</c>: sudo always asks, and the password is the first line of standard input.</summary>
    Password,
}
