namespace K8sFootprint.Sources.Proc;

/// <summary>Parses <c>os-release</c> lines (<c>KEY=value</c>, <c>KEY="quoted value"</c>).</summary>
internal static class OsReleaseParser
{
    public static KeyValuePair<string, string>? ParseLine(string line)
    {
        string trimmed = line.Trim();
        int equals = trimmed.IndexOf('=', StringComparison.Ordinal);
        if (trimmed.Length == 0 || trimmed[0] == '#' || equals <= 0)
        {
            return null;
        }

        string value = trimmed[(equals + 1)..];
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
        {
            value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal);
        }

        return new(trimmed[..equals], value);
    }
}
