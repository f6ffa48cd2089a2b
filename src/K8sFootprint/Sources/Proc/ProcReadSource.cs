using K8sFootprint.Nodes;
using K8sFootprint.Sources.Proc.Internal;

namespace K8sFootprint.Sources.Proc;

/// <summary>
/// Reads /proc files through the node shell at every interval, from the controller: for nodes that cannot run the
/// recorder because they have no shell, such as Talos through its API (<c>TalosNode</c> reads with
/// <c>talosctl read</c>). Unlike the recorder it contacts the node during the window; the source's own overhead
/// says so. File-system usage is not available this way (no statfs), so disk usage is reported missing.
/// </summary>
public sealed class ProcReadSource : IFootprintSource
{
    /// <summary>The source's name in results.</summary>
    public const string SourceName = "proc-read";

    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="ProcReadSource"/> class.</summary>
    /// <param name="timeProvider">The clock for the sampling schedule.</param>
    public ProcReadSource(TimeProvider? timeProvider = null) => _timeProvider = timeProvider ?? TimeProvider.System;

    /// <inheritdoc/>
    public string Name => SourceName;

    /// <inheritdoc/>
    public Task<IFootprintRecording> StartAsync(
        INodeShell node, RecordingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        return Task.FromResult<IFootprintRecording>(new ProcReadRecording(node, request, _timeProvider));
    }
}
