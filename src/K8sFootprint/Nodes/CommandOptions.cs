namespace K8sFootprint.Nodes;

/// <summary>How to run one command on a node.</summary>
public sealed record CommandOptions
{
    /// <summary>Gets the default options: no input, a five-minute limit.</summary>
    public static CommandOptions Default { get; } = new();

    /// <summary>Gets the text sent to the command's standard input, then closed.</summary>
    public string? StandardInput { get; init; }

    /// <summary>Gets the time limit after which the command is stopped on the node.</summary>
    /// <value>Five minutes.</value>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets a short name of the step for errors and logs, such as <c>start recorder</c>.</summary>
    public string? Step { get; init; }

    /// <summary>Checks that the time limit is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time limit is zero or negative.</exception>
    public void Validate()
    {
        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Timeout), Timeout, $"A command's time limit must be positive; got '{Timeout}'.");
        }
    }
}
