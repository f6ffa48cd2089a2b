using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>Reading single fields: each read remembers the field's line and turns a wrong value into an error
/// naming the field, the line and what was expected.</summary>
internal sealed partial class YamlPlanReader
{
    private static string Field(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private BenchmarkPlanException Error(string field, YamlNode node, string problem)
    {
        _marks.TryAdd(field, node.Start);
        return BenchmarkPlanException.For(field, problem);
    }

    private YamlNode Mark(YamlNode node, string field)
    {
        _marks[field] = node.Start;
        return node;
    }

    private YamlMappingNode Map(YamlNode node, string path) => node as YamlMappingNode
        ?? throw Error(path, node, "expected a mapping of fields (key: value lines).");

    private void Known(YamlMappingNode map, string path, params string[] keys)
    {
        foreach (var key in map.Children.Keys)
        {
            string name = (key as YamlScalarNode)?.Value ?? string.Empty;
            _marks[Field(path, name)] = key.Start;
            if (SecretKeys.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw Error(Field(path, name), key,
                    "secrets are not written in plans; put it in an environment variable and name the variable " +
                    "with the field for it (passwordEnv, passphraseEnv, sudoPasswordEnv or tokenEnv).");
            }

            if (!keys.Contains(name, StringComparer.Ordinal))
            {
                throw Error(Field(path, name), key, $"unknown field; expected one of {string.Join(", ", keys)}.");
            }
        }
    }

    private YamlNode? Child(YamlMappingNode map, string path, string key)
    {
        var found = map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var name } && name == key);
        if (found.Key is null)
        {
            return null;
        }

        _marks[Field(path, key)] = found.Key.Start;
        bool empty = found.Value is YamlScalarNode { Value: null or "~" }
            or YamlScalarNode { Style: ScalarStyle.Plain, Value: "" };
        return empty
            ? null
            : found.Value;
    }

    private string? Text(YamlMappingNode map, string path, string key) => Child(map, path, key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var other => throw Error(Field(path, key), other, "expected a single value, not a list or mapping."),
    };

    private int? Int(YamlMappingNode map, string path, string key) => Text(map, path, key) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) => value,
        var text => throw Error(Field(path, key), map[key], $"expected a whole number; got '{text}'."),
    };

    private bool? Bool(YamlMappingNode map, string path, string key) => Text(map, path, key) switch
    {
        null => null,
        "true" or "True" or "yes" => true,
        "false" or "False" or "no" => false,
        var text => throw Error(Field(path, key), map[key], $"expected true or false; got '{text}'."),
    };

    private TimeSpan? Duration(YamlMappingNode map, string path, string key) => Text(map, path, key) switch
    {
        null => null,
        var text when DurationText.TryParse(text, out var value) => value,
        var text => throw Error(Field(path, key), map[key],
            $"expected a duration from 0 to 365 days such as 90s, 15m, 1h or 00:01:30; got '{text}'."),
    };

    private string? FilePath(YamlMappingNode map, string path, string key) => Text(map, path, key) switch
    {
        null => null,
        var text when text.StartsWith("~/", StringComparison.Ordinal) => Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), text[2..]),
        var text => Path.GetFullPath(text, baseDirectory),
    };

    private string? Secret(YamlMappingNode map, string path, string key)
    {
        string? name = Text(map, path, key);
        if (name is null)
        {
            return null;
        }

        return environment(name) is { Length: > 0 } value ? value : throw Error(Field(path, key), map[key],
            $"the environment variable '{name}' is not set; it should hold the secret.");
    }

    private static string ReadText(string file, string field)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw BenchmarkPlanException.For(field, $"'{file}' could not be read: {ex.Message}");
        }
    }
}
