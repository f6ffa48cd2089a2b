namespace K8sFootprint.Sources.NodeExporter;

/// <summary>What a parse produced: the families, and in lenient mode the lines it skipped.</summary>
/// <param name="Families">The metric families, in the order first seen.</param>
/// <param name="Errors">Lines skipped in lenient mode, each with its line number; empty in strict mode.</param>
public sealed record ExpositionParseResult(
    IReadOnlyList<MetricFamily> Families, IReadOnlyList<ExpositionFormatException> Errors)
{
    /// <summary>Finds a family by name.</summary>
    /// <param name="name">The family name.</param>
    /// <returns>The family, or <see langword="null"/>.</returns>
    public MetricFamily? Family(string name) => Families.FirstOrDefault(f => f.Name == name);
}
