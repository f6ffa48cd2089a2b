namespace K8sFootprint.Distros;

/// <summary>A file of a distribution's air-gap procedure: its name in the offline folder and where it goes on the
/// node.</summary>
/// <param name="Name">The file's name in the offline folder.</param>
/// <param name="NodePath">Where it is uploaded on the node.</param>
/// <param name="Mode">Its mode on the node.</param>
/// <param name="Required">Whether the installation needs it; optional files are uploaded when present.</param>
public sealed record OfflineFile(string Name, string NodePath, UnixFileMode Mode, bool Required = true);
