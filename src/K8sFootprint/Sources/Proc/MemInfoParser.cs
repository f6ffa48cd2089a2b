namespace K8sFootprint.Sources.Proc;

/// <summary>Parses <c>/proc/meminfo</c> lines (<c>Name:   value kB</c>) into bytes.</summary>
internal static class MemInfoParser
{
    public static KeyValuePair<string, ulong> ParseLine(string line, TextLocation location)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw location.Error("'Name: value [kB]'", line);
        }

        string name = line[..colon].Trim();
        string[] rest = Fields.Split(line[(colon + 1)..]);
        if (rest.Length is < 1 or > 2 || (rest.Length == 2 && rest[1] != "kB"))
        {
            throw location.Error($"a number, optionally followed by 'kB', after '{name}:'", line);
        }

        ulong value = Fields.UInt64(rest[0], location, $"the value of '{name}'");
        return new(name, rest.Length == 2 ? checked(value * 1024) : value);
    }
}
