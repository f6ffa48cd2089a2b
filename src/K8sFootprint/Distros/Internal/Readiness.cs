using K8sFootprint.Nodes;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Distros.Internal;

/// <summary>The readiness wait every installer shares: node Ready and every kube-system pod that is not a finished
/// job Ready, polled with the distribution's kubectl.</summary>
internal static class Readiness
{
    public static async Task WaitAsync(
        IDistroInstaller installer,
        INodeShell node,
        TimeSpan timeout,
        TimeSpan pollInterval,
        TimeProvider timeProvider,
        ILogger logger,
        Func<Task<string>> collectLogs,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        long started = timeProvider.GetTimestamp();
        while (true)
        {
            var (ready, notReady, pods) = await CheckAsync(installer, node, cancellationToken).ConfigureAwait(false);
            if (ready)
            {
                logger.Ready(node.Node, installer.Kind, timeProvider.GetElapsedTime(started).TotalSeconds);
                return;
            }

            if (timeProvider.GetElapsedTime(started) >= timeout)
            {
                string logs = await collectLogs().ConfigureAwait(false);
                throw new NodeNotReadyException(
                    $"{installer.DisplayName} on node '{node.Node}' was not ready within {timeout.TotalSeconds:0} s; " +
                    "expected the node Ready and every kube-system pod Ready. Not ready: " +
                    $"{string.Join("; ", notReady)}.")
                {
                    Node = node.Node,
                    Step = "wait until ready",
                    Distro = installer.Kind,
                    Logs = logs,
                    PodsNotReady = pods,
                };
            }

            await Task.Delay(pollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One look: whether everything is ready, and if not, what is not.</summary>
    public static async Task<(bool Ready, List<string> NotReady, List<string> Pods)> CheckAsync(
        IDistroInstaller installer, INodeShell node, CancellationToken cancellationToken)
    {
        var nodes = await QueryAsync(installer, node, PodStates.NodesQuery, cancellationToken).ConfigureAwait(false);
        var pods = await QueryAsync(installer, node, PodStates.PodsQuery, cancellationToken).ConfigureAwait(false);
        List<string> nodesNotReady = nodes.Succeeded
            ? PodStates.NodesNotReady(nodes.StandardOutput)
            : [$"the API does not answer yet ({LastLine(nodes.StandardError)})"];
        List<string> podsNotReady = pods.Succeeded ? PodStates.PodsNotReady(pods.StandardOutput) : [];
        bool ready = nodes.Succeeded && pods.Succeeded && nodesNotReady.Count == 0 && podsNotReady.Count == 0;
        return (ready, [.. nodesNotReady, .. podsNotReady], podsNotReady);
    }

    /// <summary>A kubectl query whose time-out or dropped connection counts as "not ready yet".</summary>
    private static async Task<CommandResult> QueryAsync(
        IDistroInstaller installer, INodeShell node, IReadOnlyList<string> query, CancellationToken cancellationToken)
    {
        try
        {
            return await installer.KubectlAsync(node, query, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (K8sFootprintException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new CommandResult(-1, string.Empty, ex.Message, TimeSpan.Zero);
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? string.Empty;
}
