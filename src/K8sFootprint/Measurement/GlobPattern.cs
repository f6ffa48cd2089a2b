using System.Text.RegularExpressions;

namespace K8sFootprint.Measurement;

/// <summary>Matches names against shell-style globs (<c>*</c> any run, <c>?</c> one character).</summary>
internal static class GlobPattern
{
    public static bool IsMatch(string name, string pattern)
    {
        string regex = "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal)
            .Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(name, regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public static bool MatchesAny(string name, IEnumerable<string> patterns) => patterns.Any(p => IsMatch(name, p));
}
