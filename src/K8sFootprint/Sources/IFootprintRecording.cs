namespace K8sFootprint.Sources;

/// <summary>A recording in progress. Disposing it before collecting stops it and removes what it left.</summary>
public interface IFootprintRecording : IAsyncDisposable
{
    /// <summary>Gets when the window starts (t0), as the controller's clock estimates it.</summary>
    DateTimeOffset StartedAt { get; }

    /// <summary>Waits until the recording has finished (it ends by itself at t1), then collects it.</summary>
    /// <param name="cancellationToken">Cancels the wait; the recording is then abandoned on dispose.</param>
    /// <returns>The raw series of the window.</returns>
    /// <exception cref="RecordingFormatException">The recording is incomplete or unreadable.</exception>
    /// <exception cref="Nodes.NodeTimeoutException">The recording did not finish in time.</exception>
    Task<RecordedWindow> CollectAsync(CancellationToken cancellationToken = default);
}
