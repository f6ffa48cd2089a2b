namespace K8sFootprint.Sources.NodeExporter;

/// <summary>One successful scrape: when it was taken (controller clock, Unix seconds), what it returned, and
/// how many bytes crossed the wire.</summary>
internal sealed record Scrape(double Time, ExpositionParseResult Exposition, long WireBytes);
