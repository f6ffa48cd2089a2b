using K8sFootprint.Benchmarking;

namespace K8sFootprint.Reporting;

/// <summary>What a Markdown report holds besides the analysis.</summary>
public sealed record MarkdownReportOptions
{
    /// <summary>Gets the report's title.</summary>
    public string Title { get; init; } = "Idle footprint";

    /// <summary>Gets the failed steps of a plan, listed with their logs at the end.</summary>
    public IReadOnlyList<FailureRecord> Failures { get; init; } = [];

    /// <summary>Gets chart images to show under each metric's table: the metric's id to the image's relative
    /// path.</summary>
    public IReadOnlyDictionary<string, string> Charts { get; init; } = new Dictionary<string, string>();
}
