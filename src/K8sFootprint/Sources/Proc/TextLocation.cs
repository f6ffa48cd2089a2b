namespace K8sFootprint.Sources.Proc;

/// <summary>Where a line came from, for error messages: the file it copies and its line in the recording.</summary>
/// <param name="File">The file the text describes, such as <c>/proc/diskstats</c>.</param>
/// <param name="Line">The 1-based line number in the text being parsed, when known.</param>
internal readonly record struct TextLocation(string File, int? Line)
{
    public RecordingFormatException Error(string expected, string? actual) =>
        RecordingFormatException.At(File, Line, expected, actual);
}
