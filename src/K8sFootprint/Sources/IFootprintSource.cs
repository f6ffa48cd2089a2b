using K8sFootprint.Nodes;

namespace K8sFootprint.Sources;

/// <summary>Where the numbers of a window come from: starts a recording and later collects its raw series.</summary>
public interface IFootprintSource
{
    /// <summary>Gets the source's name, such as <c>proc-recorder</c>.</summary>
    string Name { get; }

    /// <summary>Starts recording a window on the node; returns once t0 has been taken or is imminent.</summary>
    /// <param name="node">The node to record.</param>
    /// <param name="request">The window and interval.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A handle to collect the recording after the window, or to abandon it.</returns>
    Task<IFootprintRecording> StartAsync(
        INodeShell node, RecordingRequest request, CancellationToken cancellationToken = default);
}
