using System.Text;

namespace K8sFootprint.ConsoleApp;

/// <summary>Shows user input in messages without letting control characters act on the terminal.</summary>
internal static class Printable
{
    public static string Escape(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.ToString();
    }
}
