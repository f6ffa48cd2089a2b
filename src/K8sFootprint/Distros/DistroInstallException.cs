namespace K8sFootprint.Distros;

/// <summary>Installing, readying or resetting a distribution failed; carries the distribution's own logs
/// collected at the time.</summary>
public class DistroInstallException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="DistroInstallException"/> class.</summary>
    public DistroInstallException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DistroInstallException"/> class.</summary>
    /// <param name="message">A sentence naming the node, the step and what was expected.</param>
    public DistroInstallException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DistroInstallException"/> class.</summary>
    /// <param name="message">A sentence naming the node, the step and what was expected.</param>
    /// <param name="innerException">The failure underneath.</param>
    public DistroInstallException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the distribution.</summary>
    public DistroKind Distro { get; init; }

    /// <summary>Gets the logs collected when the step failed (unit journals, the distribution's log files).</summary>
    public string Logs { get; init; } = string.Empty;
}
