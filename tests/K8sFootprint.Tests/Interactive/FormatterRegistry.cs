namespace K8sFootprint.Tests.Interactive;

/// <summary>The .NET Interactive formatter registry is one per process; tests that register or reset it run one at
/// a time.</summary>
[CollectionDefinition(Name)]
public sealed class FormatterRegistry
{
    public const string Name = "formatter registry";
}
