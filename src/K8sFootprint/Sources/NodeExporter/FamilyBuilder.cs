namespace K8sFootprint.Sources.NodeExporter;

/// <summary>A family while it is being read.</summary>
internal sealed class FamilyBuilder(string name)
{
    public string Name { get; } = name;

    public MetricType Type { get; set; }

    public bool TypeSet { get; set; }

    public string? Help { get; set; }

    public string? Unit { get; set; }

    public List<MetricSample> Samples { get; } = [];

    public MetricFamily Build() => new(Name, Type, Help, Unit, Samples);
}
