using System.Text;

namespace K8sFootprint.Charts.Internal;

/// <summary>Turns target and metric names into file names that stay inside their folder on any file system.</summary>
internal static class FileNames
{
    private const int MaxLength = 100;

    /// <summary>Keeps ASCII letters, digits, '-', '_' and '.'; every run of anything else becomes one '_'.
    /// Leading and trailing dots and underscores go, so no name is hidden, empty, "." or "..".</summary>
    public static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                builder.Append(c);
            }
            else if (builder.Length == 0 || builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        string name = builder.ToString().Trim('.', '_');
        name = name.Length > MaxLength ? name[..MaxLength].TrimEnd('.', '_') : name;
        return name.Length == 0 ? "chart" : name;
    }

    /// <summary>Returns the name, or the name with "-2", "-3", … when an earlier chart took it (compared without
    /// regard to case, as some file systems do), and records it as taken.</summary>
    public static string Unique(string name, ISet<string> taken)
    {
        string candidate = name;
        for (int i = 2; !taken.Add(candidate); i++)
        {
            candidate = $"{name}-{i}";
        }

        return candidate;
    }
}
