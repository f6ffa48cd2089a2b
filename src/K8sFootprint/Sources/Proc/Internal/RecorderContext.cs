using K8sFootprint.Nodes;

namespace K8sFootprint.Sources.Proc.Internal;

/// <summary>What a started recorder run knows about itself.</summary>
internal sealed record RecorderContext(
    INodeShell Node, RecorderFiles Files, string ProcessId, RecordingRequest Request, DateTimeOffset WindowStart);
