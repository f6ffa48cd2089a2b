namespace K8sFootprint.Sources;

/// <summary>A recording or a file read from a node did not have the expected format.</summary>
public sealed class RecordingFormatException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="RecordingFormatException"/> class.</summary>
    public RecordingFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RecordingFormatException"/> class.</summary>
    /// <param name="message">A sentence naming the file, the line and what was expected.</param>
    public RecordingFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RecordingFormatException"/> class.</summary>
    /// <param name="message">A sentence naming the file, the line and what was expected.</param>
    /// <param name="innerException">The failure underneath.</param>
    public RecordingFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the file that was being read, such as <c>/proc/diskstats</c> or the recording's path.</summary>
    public string? File { get; init; }

    /// <summary>Gets the 1-based line number of the problem, when known.</summary>
    public int? LineNumber { get; init; }

    /// <summary>Gets a short description of what was expected at that place.</summary>
    public string? Expected { get; init; }

    internal static RecordingFormatException At(string file, int? line, string expected, string? actual)
    {
        string where = line is null ? $"'{file}'" : $"'{file}' line {line}";
        string got = actual is null ? "nothing" : $"'{Shorten(actual)}'";
        return new RecordingFormatException($"Unexpected content in {where}: expected {expected}; got {got}.")
        {
            File = file,
            LineNumber = line,
            Expected = expected,
        };
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + " …";
}
