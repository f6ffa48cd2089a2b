using K8sFootprint.Measurement;
using K8sFootprint.Nodes;
using K8sFootprint.Sources.Proc;

namespace BudgetTests;

/// <summary>One short idle window of the machine the tests run on, measured once for every test that asks for
/// it: settle 1 s, window 5 s, a sample every second, with the /proc recorder.</summary>
public sealed class ThisMachine : IAsyncLifetime
{
    /// <summary>The options of the window.</summary>
    public static readonly IdleMeasurementOptions Options = new()
    {
        Settle = TimeSpan.FromSeconds(1),
        Window = TimeSpan.FromSeconds(5),
        Interval = TimeSpan.FromSeconds(1),
    };

    private Footprint? _footprint;

    /// <summary>Gets the measured window.</summary>
    public Footprint Footprint => _footprint ?? throw new InvalidOperationException("Not measured yet.");

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var node = new LocalNodeShell();

        // Files the build just wrote are still in the page cache; flush them so the window does not count them.
        await node.RunAsync("sync", cancellationToken: cancellationToken);
        var measurement = new IdleMeasurement(new ProcRecorderSource());
        _footprint = await measurement.MeasureAsync(node, Options, cancellationToken: cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
