using K8sFootprint.Distros;
using YamlDotNet.RepresentationModel;

namespace K8sFootprint.Tests.Distros;

public sealed class NodeExporterManifestTests
{
    [Fact]
    public void Render_Defaults_IsAPrivilegedNamespaceAndAHostLevelDaemonSet()
    {
        var (ns, daemonSet) = Documents(NodeExporterManifest.Render());

        Assert.Equal("privileged", Scalar(ns, "metadata", "labels", "pod-security.kubernetes.io/enforce"));
        var pod = Node(daemonSet, "spec", "template", "spec");
        Assert.Equal("true", Scalar(pod, "hostNetwork"));
        Assert.Equal("true", Scalar(pod, "hostPID"));
        Assert.Equal("Exists", Scalar(((YamlSequenceNode)Node(pod, "tolerations"))[0], "operator"));
        var container = ((YamlSequenceNode)Node(pod, "containers"))[0];
        Assert.Equal(NodeExporterManifest.DefaultImage, Scalar(container, "image"));
        var mount = ((YamlSequenceNode)Node(container, "volumeMounts"))[0];
        Assert.Equal(("/host/root", "true"), (Scalar(mount, "mountPath"), Scalar(mount, "readOnly")));
        var args = ((YamlSequenceNode)Node(container, "args")).Select(a => ((YamlScalarNode)a).Value).ToList();
        Assert.Contains("--collector.disable-defaults", args);
        Assert.Contains("--collector.netdev.device-exclude=^$", args);
        Assert.Contains("--path.rootfs=/host/root", args);
    }

    [Fact]
    public void Render_PortAndNamespace_AreApplied()
    {
        var (ns, daemonSet) = Documents(NodeExporterManifest.Render(port: 9200, namespaceName: "measure"));

        Assert.Equal("measure", Scalar(ns, "metadata", "name"));
        Assert.Equal("measure", Scalar(daemonSet, "metadata", "namespace"));
        var container = ((YamlSequenceNode)Node(daemonSet, "spec", "template", "spec", "containers"))[0];
        Assert.Equal("9200", Scalar(((YamlSequenceNode)Node(container, "ports"))[0], "hostPort"));
    }

    [Theory]
    [InlineData("quay.io/prometheus/node-exporter:latest")]
    [InlineData("quay.io/prometheus/node-exporter")]
    [InlineData("bad image; rm -rf /")]
    public void Render_UnpinnedOrInvalidImage_IsRefused(string image)
    {
        var ex = Assert.Throws<ArgumentException>(() => NodeExporterManifest.Render(image));

        Assert.Contains(image, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InvalidNamespace_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => NodeExporterManifest.Render(namespaceName: "Not_A_Label"));
    }

    private static (YamlNode Namespace, YamlNode DaemonSet) Documents(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        Assert.Equal(2, stream.Documents.Count);
        Assert.Equal("Namespace", Scalar(stream.Documents[0].RootNode, "kind"));
        Assert.Equal("DaemonSet", Scalar(stream.Documents[1].RootNode, "kind"));
        return (stream.Documents[0].RootNode, stream.Documents[1].RootNode);
    }

    private static YamlNode Node(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private static string? Scalar(YamlNode node, params string[] path) => ((YamlScalarNode)Node(node, path)).Value;
}
