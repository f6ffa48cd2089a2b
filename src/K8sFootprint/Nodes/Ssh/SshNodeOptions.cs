namespace K8sFootprint.Nodes.Ssh;

/// <summary>How to reach one node over SSH.</summary>
public sealed record SshNodeOptions
{
    private static readonly System.Buffers.SearchValues<char> NotInHost =
        System.Buffers.SearchValues.Create(" \t\r\n/@");
    private static readonly System.Buffers.SearchValues<char> NotInUser =
        System.Buffers.SearchValues.Create(" \t\r\n:@'\"");

    /// <summary>Gets the host name or address.</summary>
    public required string Host { get; init; }

    /// <summary>Gets the SSH port.</summary>
    /// <value>22.</value>
    public int Port { get; init; } = 22;

    /// <summary>Gets the user to log in as.</summary>
    public required string User { get; init; }

    /// <summary>Gets the credentials.</summary>
    public required SshCredentials Credentials { get; init; }

    /// <summary>Gets the host-key policy; unknown keys are refused when it is <see langword="null"/>.</summary>
    public HostKeyPolicy? HostKeys { get; init; }

    /// <summary>Gets the time limit for connecting and authenticating.</summary>
    /// <value>15 seconds.</value>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets the keep-alive interval while connected; <see cref="TimeSpan.Zero"/> turns keep-alives off.
    /// The shell is disconnected during a measurement window, so no keep-alive crosses the wire then.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets whether to run commands through <c>sudo</c>; by default, when the user is not root.</summary>
    public bool? UseSudo { get; init; }

    /// <summary>Gets the sudo password, sent on standard input (never on the command line); by default the
    /// login password when password credentials are used, else none (<c>sudo -n</c>).</summary>
    public string? SudoPassword { get; init; }

    /// <summary>Gets a value indicating whether each command's full text is logged at trace level.</summary>
    /// <value><see langword="false"/>: commands are logged by step name only.</value>
    public bool LogCommandText { get; init; }

    /// <summary>Gets the node's display name; <c>user@host:port</c> by default.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Writes the options for <see cref="object.ToString"/> with the sudo password masked.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        builder.Append(invariant, $"Host = {Host}, Port = {Port}, User = {User}, Credentials = {Credentials}, ");
        builder.Append(invariant, $"HostKeys = {HostKeys?.Description ?? "none"}, ConnectTimeout = {ConnectTimeout}, ");
        builder.Append(invariant, $"KeepAlive = {KeepAlive}, UseSudo = {UseSudo}, ");
        builder.Append(invariant, $"SudoPassword = {(SudoPassword is null ? "null" : "***")}, ");
        builder.Append(invariant, $"LogCommandText = {LogCommandText}, DisplayName = {DisplayName}");
        return true;
    }

    /// <summary>Checks the options and throws a message naming the bad value.</summary>
    /// <exception cref="ArgumentException">A value is missing or out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Host) || Host.AsSpan().IndexOfAny(NotInHost) >= 0)
        {
            throw new ArgumentException($"Host must be a host name or address; got '{Host}'.", nameof(Host));
        }

        if (Port is < 1 or > 65535)
        {
            throw new ArgumentException($"Port must be between 1 and 65535; got '{Port}'.", nameof(Port));
        }

        if (string.IsNullOrWhiteSpace(User) || User.AsSpan().IndexOfAny(NotInUser) >= 0)
        {
            throw new ArgumentException($"User must be a login name; got '{User}'.", nameof(User));
        }

        if (ConnectTimeout <= TimeSpan.Zero || KeepAlive < TimeSpan.Zero)
        {
            throw new ArgumentException(
                "ConnectTimeout must be positive and KeepAlive zero or positive; " +
                $"got '{ConnectTimeout}' and '{KeepAlive}'.",
                nameof(ConnectTimeout));
        }
    }
}
