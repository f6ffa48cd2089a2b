using K8sFootprint.Measurement;
using K8sFootprint.Nodes;
using K8sFootprint.Sources;
using K8sFootprint.Sources.Proc;

namespace K8sFootprint.IntegrationTests.Infrastructure;

/// <summary>Records one window on this machine with the /proc recorder, running an action inside it.</summary>
internal static class Windows
{
    /// <summary>Waits, up to a minute, until a 3 s window shows less than 0.05 busy cores, so that a baseline
    /// is not taken while the build or the test host is still settling.</summary>
    public static async Task WaitUntilQuietAsync()
    {
        for (int attempt = 0; attempt < 20; attempt++)
        {
            var probe = await MeasureAsync(TimeSpan.FromSeconds(3));
            if (probe.Cpu.BusyCores < 0.05)
            {
                return;
            }
        }
    }

    public static async Task<Footprint> MeasureAsync(
        TimeSpan window, DeviceSelection? selection = null, Func<CancellationToken, Task>? during = null)
    {
        var token = TestContext.Current.CancellationToken;
        var interval = TimeSpan.FromSeconds(1);
        var shell = new LocalNodeShell();
        var recording = await new ProcRecorderSource().StartAsync(shell, new RecordingRequest(window, interval), token);
        await using (recording)
        {
            if (during is not null)
            {
                // The recorder takes t0 a moment after it is launched; the action must fall inside the window.
                var untilT0 = recording.StartedAt + TimeSpan.FromMilliseconds(200) - TimeProvider.System.GetUtcNow();
                if (untilT0 > TimeSpan.Zero)
                {
                    await Task.Delay(untilT0, TimeProvider.System, token);
                }

                await during(token);
            }

            var raw = await recording.CollectAsync(token);
            var options = new IdleMeasurementOptions
            {
                Window = window,
                Interval = interval,
                Settle = TimeSpan.Zero,
                Selection = selection ?? new DeviceSelection(),
            };
            return FootprintCalculator.Calculate("local", raw, options);
        }
    }
}
