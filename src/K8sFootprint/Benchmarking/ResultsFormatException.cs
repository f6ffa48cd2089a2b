namespace K8sFootprint.Benchmarking;

/// <summary>A results file (long-format CSV) did not have the expected format.</summary>
public sealed class ResultsFormatException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="ResultsFormatException"/> class.</summary>
    public ResultsFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResultsFormatException"/> class.</summary>
    /// <param name="message">A sentence naming the file, the line and what was expected.</param>
    public ResultsFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResultsFormatException"/> class.</summary>
    /// <param name="message">A sentence naming the file, the line and what was expected.</param>
    /// <param name="innerException">The failure underneath.</param>
    public ResultsFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the file that was read.</summary>
    public string? File { get; init; }

    /// <summary>Gets the 1-based line of the problem, when known.</summary>
    public int? LineNumber { get; init; }
}
