namespace K8sFootprint.Sources.Proc.Internal;

/// <summary>The two files the recorder uses on the node.</summary>
internal sealed record RecorderFiles(string Script, string Recording);
