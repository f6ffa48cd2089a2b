using System.Text;

namespace K8sFootprint.Tests.PublicApi;

/// <summary>Tells two public-surface texts apart type by type: a type that went away or came in with all its
/// members, and for a type in both, the members removed (<c>-</c>) and added (<c>+</c>).</summary>
internal static class PublicApiDiff
{
    public static string Describe(string approved, string actual)
    {
        var before = Parse(approved);
        var after = Parse(actual);
        var text = new StringBuilder();
        foreach (string type in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var removed = before.GetValueOrDefault(type, []).Except(after.GetValueOrDefault(type, [])).ToList();
            var added = after.GetValueOrDefault(type, []).Except(before.GetValueOrDefault(type, [])).ToList();
            string mark = !after.ContainsKey(type) ? "- " : !before.ContainsKey(type) ? "+ " : "  ";
            if (mark == "  " && removed.Count == 0 && added.Count == 0)
            {
                continue;
            }

            text.Append(mark).Append(type).Append('\n');
            removed.ForEach(m => text.Append("-   ").Append(m).Append('\n'));
            added.ForEach(m => text.Append("+   ").Append(m).Append('\n'));
        }

        return text.ToString();
    }

    private static Dictionary<string, List<string>> Parse(string text)
    {
        var types = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? members = null;
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith(' ') && members is not null)
            {
                members.Add(line.Trim());
            }
            else
            {
                members = [];
                types[line] = members;
            }
        }

        return types;
    }
}
