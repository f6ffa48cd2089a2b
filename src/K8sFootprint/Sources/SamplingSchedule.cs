namespace K8sFootprint.Sources;

/// <summary>The schedule of the sources that sample from the controller: one sample at the start, one per interval,
/// and a last one exactly at the end of the window; a late sample does not shift the ones after it.</summary>
internal static class SamplingSchedule
{
    /// <summary>Calls <paramref name="sample"/> with each sample's index at its time, until the window's end.</summary>
    public static async Task RunAsync(
        DateTimeOffset start,
        RecordingRequest request,
        TimeProvider timeProvider,
        Func<int, CancellationToken, Task> sample,
        CancellationToken cancellationToken)
    {
        var end = start + request.Window;
        for (int k = 0; ; k++)
        {
            var target = start + (k * request.Interval);
            target = target > end ? end : target;
            var wait = target - timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            await sample(k, cancellationToken).ConfigureAwait(false);
            if (target >= end)
            {
                return;
            }
        }
    }
}
