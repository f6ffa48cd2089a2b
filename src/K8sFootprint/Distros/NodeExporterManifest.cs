using System.Globalization;
using System.Text.RegularExpressions;

namespace K8sFootprint.Distros;

/// <summary>
/// The node-exporter DaemonSet the installers apply when a measurement reads from node exporter: a pinned image,
/// host network and PID namespaces, the host root mounted read-only, tolerations for every taint (control-plane
/// included), a namespace labelled for privileged PodSecurity, and only the collectors the five metrics use.
/// </summary>
public static partial class NodeExporterManifest
{
    /// <summary>The pinned image.</summary>
    public const string DefaultImage = "quay.io/prometheus/node-exporter:v1.12.1";

    /// <summary>Renders the manifest.</summary>
    /// <param name="image">The image, pinned by tag or digest.</param>
    /// <param name="port">The host port the exporter listens on.</param>
    /// <param name="namespaceName">The namespace to create.</param>
    /// <returns>A multi-document YAML manifest for <c>kubectl apply -f -</c>.</returns>
    /// <exception cref="ArgumentException">A value is not valid in a manifest.</exception>
    public static string Render(string image = DefaultImage, int port = 9100, string namespaceName = "k8sfootprint")
    {
        if (!ImageReference().IsMatch(image) || image.EndsWith(":latest", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Expected an image pinned by tag or digest; got '{image}'.", nameof(image));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        if (!DnsLabel().IsMatch(namespaceName))
        {
            throw new ArgumentException(
                $"Expected a namespace name (a DNS label); got '{namespaceName}'.", nameof(namespaceName));
        }

        return Template.Value
            .Replace("{{IMAGE}}", image, StringComparison.Ordinal)
            .Replace("{{PORT}}", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{NAMESPACE}}", namespaceName, StringComparison.Ordinal);
    }

    private static readonly Lazy<string> Template = new(() =>
    {
        using var stream = typeof(NodeExporterManifest).Assembly
            .GetManifestResourceStream("K8sFootprint.Distros.node-exporter.yaml")
            ?? throw new InvalidOperationException("The embedded node-exporter manifest is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [GeneratedRegex(@"^[a-z0-9]+([._/-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9._-]+)*(:[A-Za-z0-9._-]+|@sha256:[a-f0-9]{64})$")]
    private static partial Regex ImageReference();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
