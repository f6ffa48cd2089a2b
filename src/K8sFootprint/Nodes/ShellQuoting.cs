namespace K8sFootprint.Nodes;

/// <summary>The one way a configured value reaches a shell command line.</summary>
public static class ShellQuoting
{
    /// <summary>Quotes a value for a POSIX shell so that it is passed as exactly one word.</summary>
    /// <param name="value">Any text; a NUL character is rejected because no shell word can hold it.</param>
    /// <returns>The value in single quotes, with embedded single quotes escaped.</returns>
    /// <exception cref="ArgumentException">The value contains a NUL character.</exception>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A shell argument cannot contain a NUL character.", nameof(value));
        }

        return "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>Quotes a value that must be an absolute path.</summary>
    /// <param name="path">An absolute POSIX path.</param>
    /// <returns>The quoted path.</returns>
    /// <exception cref="ArgumentException">The path is not absolute or contains a newline or NUL.</exception>
    public static string QuotePath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.StartsWith('/') || path.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            throw new ArgumentException(
                $"Expected an absolute path on the node without line breaks; got '{path}'.", nameof(path));
        }

        return Quote(path);
    }
}
