using System.Globalization;
using System.Text;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>A target's source of numbers.</summary>
public sealed record PlanSource
{
    /// <summary>Gets the /proc recorder, the default.</summary>
    public static PlanSource ProcRecorder { get; } = new() { Kind = PlanSourceKind.ProcRecorder };

    /// <summary>Gets which source.</summary>
    public PlanSourceKind Kind { get; init; }

    /// <summary>Gets Prometheus' base address, or the exporter's /metrics address. With <see cref="Deploy"/> and no
    /// address, the exporter is scraped on port 9100 of the host's address.</summary>
    public Uri? Url { get; init; }

    /// <summary>Gets the PromQL label selector of the node's series, such as <c>instance="node1:9100"</c>.</summary>
    public string? Selector { get; init; }

    /// <summary>Gets a value indicating whether the node exporter is deployed on the new cluster before the first
    /// window (a DaemonSet on the host network).</summary>
    public bool Deploy { get; init; }

    /// <summary>Gets the bearer token sent to Prometheus or the exporter, if it needs one. It is left out of
    /// <see cref="ToString"/>, logs and messages.</summary>
    public string? BearerToken { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture,
            $"Kind = {Kind}, Url = {Url}, Selector = {Selector}, Deploy = {Deploy}, BearerToken = ");
        builder.Append(BearerToken is null ? "null" : "(hidden)");
        return true;
    }
}
