namespace K8sFootprint.Distros.Internal;

/// <summary>Queries and reads the readiness of the node and of the kube-system pods.</summary>
internal static class PodStates
{
    /// <summary>kubectl arguments that print one line per node: name and the status of its Ready condition.</summary>
    public static readonly string[] NodesQuery =
    [
        "get", "nodes", "-o",
        "jsonpath={range .items[*]}{.metadata.name} {.status.conditions[?(@.type==\"Ready\")].status}{\"\\n\"}{end}",
    ];

    /// <summary>kubectl arguments that print one line per kube-system pod that is not a finished job: name,
    /// phase, Ready status and any waiting reasons of its containers.</summary>
    public static readonly string[] PodsQuery =
    [
        "-n", "kube-system", "get", "pods", "--field-selector=status.phase!=Succeeded", "-o",
        "jsonpath={range .items[*]}{.metadata.name} {.status.phase} " +
        "{.status.conditions[?(@.type==\"Ready\")].status} " +
        "{.status.containerStatuses[*].state.waiting.reason}{\"\\n\"}{end}",
    ];

    /// <summary>The nodes that are not Ready; a missing node list counts as not ready.</summary>
    public static List<string> NodesNotReady(string output)
    {
        var lines = Lines(output);
        return lines.Count == 0
            ? ["no node registered yet"]
            : [.. lines.Where(l => l.Split(' ') is not [_, "True"]).Select(l => $"{l.Split(' ')[0]} NotReady")];
    }

    /// <summary>The pods that are not Ready, each with its phase and waiting reason; none at all counts as not
    /// ready.</summary>
    public static List<string> PodsNotReady(string output)
    {
        var lines = Lines(output);
        if (lines.Count == 0)
        {
            return ["no kube-system pods yet"];
        }

        var notReady = new List<string>();
        foreach (string[] parts in lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            bool hasFlag = parts.Length > 2 && parts[2] is "True" or "False";
            if (hasFlag && parts[2] == "True")
            {
                continue;
            }

            string phase = parts.Length > 1 ? parts[1] : "unknown";
            string[] reasons = parts.Length > (hasFlag ? 3 : 2) ? parts[(hasFlag ? 3 : 2)..] : [];
            notReady.Add(reasons.Length == 0
                ? $"{parts[0]} ({phase})"
                : $"{parts[0]} ({phase}, {string.Join(", ", reasons)})");
        }

        return notReady;
    }

    private static List<string> Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
