using YamlDotNet.Core;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>Reads a <see cref="BenchmarkPlan"/> from YAML. Secrets are never written in the file: it names the
/// environment variables that hold them (<c>passwordEnv</c>, <c>passphraseEnv</c>, <c>sudoPasswordEnv</c>).
/// Relative paths are taken from the plan file's folder. See docs/plans.md for every field.</summary>
public static class BenchmarkPlanYaml
{
    /// <summary>Reads and validates a plan file.</summary>
    /// <param name="path">The YAML file.</param>
    /// <param name="environment">Looks up environment variables; default the process environment.</param>
    /// <returns>The validated plan.</returns>
    /// <exception cref="BenchmarkPlanException">The file is not valid YAML or a field is wrong; the message names
    /// the file, the line and the field.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static BenchmarkPlan Load(string path, Func<string, string?>? environment = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"The plan '{full}' is a directory; expected a YAML plan file.");
        }

        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The plan '{full}' could not be read: {ex.Message}", ex);
        }

        return Parse(text, Path.GetDirectoryName(full)!, Path.GetFileName(full), environment);
    }

    /// <summary>Reads and validates a plan.</summary>
    /// <param name="yaml">The plan's YAML text.</param>
    /// <param name="baseDirectory">The folder relative paths start from; default the current folder.</param>
    /// <param name="origin">How to name the plan in messages, such as its file name.</param>
    /// <param name="environment">Looks up environment variables; default the process environment.</param>
    /// <returns>The validated plan.</returns>
    /// <exception cref="BenchmarkPlanException">The text is not valid YAML or a field is wrong; the message names
    /// the line and the field.</exception>
    public static BenchmarkPlan Parse(
        string yaml,
        string? baseDirectory = null,
        string origin = "plan",
        Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var reader = new YamlPlanReader(
            baseDirectory ?? Directory.GetCurrentDirectory(),
            origin,
            environment ?? Environment.GetEnvironmentVariable);
        try
        {
            var plan = reader.Read(yaml);
            plan.Validate();
            return plan;
        }
        catch (YamlException ex)
        {
            throw new BenchmarkPlanException(
                $"{origin} line {ex.Start.Line}, column {ex.Start.Column}: not valid YAML: {ex.Message}", ex)
            {
                Step = "plan",
            };
        }
        catch (BenchmarkPlanException ex)
            when (ex.Field is { } field && !ex.Message.StartsWith(origin, StringComparison.Ordinal))
        {
            throw new BenchmarkPlanException($"{origin}{reader.LineOf(field)}: {ex.Message}", ex.InnerException)
            {
                Field = field,
                Step = "plan",
            };
        }
    }
}
