namespace K8sFootprint.Sources.NodeExporter;

/// <summary>An exposition did not follow its format; the message names the line and what was expected.</summary>
public sealed class ExpositionFormatException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="ExpositionFormatException"/> class.</summary>
    public ExpositionFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExpositionFormatException"/> class.</summary>
    /// <param name="message">A sentence naming the line and what was expected.</param>
    public ExpositionFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExpositionFormatException"/> class.</summary>
    /// <param name="message">A sentence naming the line and what was expected.</param>
    /// <param name="innerException">The failure underneath.</param>
    public ExpositionFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the 1-based line number of the problem.</summary>
    public int LineNumber { get; init; }

    /// <summary>Gets the offending line, shortened.</summary>
    public string? Line { get; init; }
}
