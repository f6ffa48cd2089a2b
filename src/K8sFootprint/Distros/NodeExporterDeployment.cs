using System.Text;
using K8sFootprint.Nodes;

namespace K8sFootprint.Distros;

/// <summary>Deploys the node exporter DaemonSet with a distribution's own kubectl, for the sources that read
/// node exporter.</summary>
public static class NodeExporterDeployment
{
    private const string ManifestPath = "/var/tmp/k8sfootprint-node-exporter.yaml";

    /// <summary>Applies the manifest and waits for the DaemonSet's rollout.</summary>
    /// <param name="installer">The distribution's installer, for its kubectl.</param>
    /// <param name="node">The node.</param>
    /// <param name="timeout">The longest to wait for the rollout.</param>
    /// <param name="image">The node exporter image, pinned.</param>
    /// <param name="port">The port it listens on, on the host network.</param>
    /// <param name="cancellationToken">Cancels the deployment.</param>
    /// <returns>A task that completes when the exporter runs.</returns>
    /// <exception cref="DistroInstallException">kubectl failed or the rollout did not finish in time.</exception>
    public static async Task DeployNodeExporterAsync(
        this IDistroInstaller installer,
        INodeShell node,
        TimeSpan timeout,
        string image = NodeExporterManifest.DefaultImage,
        int port = 9100,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installer);
        ArgumentNullException.ThrowIfNull(node);
        string manifest = NodeExporterManifest.Render(image, port);
        await node.WriteFileAsync(ManifestPath, Encoding.UTF8.GetBytes(manifest), (UnixFileMode)0b110_100_100,
            cancellationToken).ConfigureAwait(false);

        var apply = await installer.KubectlAsync(
            node, ["apply", "-f", ManifestPath], cancellationToken: cancellationToken).ConfigureAwait(false);
        Ensure(apply, installer, node, "apply the node exporter manifest");

        var rollout = await installer.KubectlAsync(node,
            ["-n", "k8sfootprint", "rollout", "status", "daemonset/node-exporter",
                $"--timeout={(int)timeout.TotalSeconds}s"], timeout + TimeSpan.FromMinutes(1), cancellationToken)
            .ConfigureAwait(false);
        Ensure(rollout, installer, node, "wait for the node exporter");
    }

    private static void Ensure(CommandResult result, IDistroInstaller installer, INodeShell node, string step)
    {
        if (!result.Succeeded)
        {
            throw new DistroInstallException(
                $"{installer.DisplayName} on node '{node.Node}' failed at step '{step}' with exit code " +
                $"{result.ExitCode}; expected 0. {result.StandardError.Trim()}")
            {
                Node = node.Node,
                Step = step,
                Distro = installer.Kind,
                Logs = result.StandardOutput + result.StandardError,
            };
        }
    }
}
