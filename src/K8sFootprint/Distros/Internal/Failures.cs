using K8sFootprint.Nodes;

namespace K8sFootprint.Distros.Internal;

/// <summary>The one shape of an installer's failure message: distribution, node, step, what happened.</summary>
internal static class Failures
{
    public static DistroInstallException At(
        IDistroInstaller installer, INodeShell node, string step, string what, Exception? inner = null) =>
        new($"{installer.DisplayName} on node '{node.Node}' failed at step '{step}': {what}", inner)
        {
            Node = node.Node,
            Step = step,
            Distro = installer.Kind,
        };
}
