namespace K8sFootprint.Charts;

/// <summary>One chart drawn twice at the same size: as a PNG image and as SVG text.</summary>
/// <param name="Name">The file name without extension, safe on any file system, for example <c>memory</c> or
/// <c>run-k3s-1</c>.</param>
/// <param name="Png">The PNG image's bytes.</param>
/// <param name="Svg">The SVG document's text.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
public sealed record ChartImage(string Name, byte[] Png, string Svg, int Width, int Height);
