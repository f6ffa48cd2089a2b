using K8sFootprint.Measurement;
using K8sFootprint.Nodes;
using K8sFootprint.Sources;
using Microsoft.Extensions.Time.Testing;

namespace K8sFootprint.Tests.Measurement;

public sealed class IdleMeasurementTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly IdleMeasurementOptions _options = new()
    {
        Settle = TimeSpan.FromSeconds(30),
        Window = TimeSpan.FromSeconds(60),
        Interval = TimeSpan.FromSeconds(15),
    };

    [Fact]
    public async Task MeasureAsync_SettleThenWindow_StartsAfterSettleAndCollectsOnlyAfterTheWindow()
    {
        var source = new FakeSource(_time);
        var sut = new IdleMeasurement(source, _time);

        var footprint = await RunWithFakeTime(
            sut.MeasureAsync(new NoShell(), _options, null, TestContext.Current.CancellationToken));

        Assert.Equal(_time.Start + TimeSpan.FromSeconds(30), source.Recording!.StartedAt);
        Assert.True(source.Recording.CollectedAt >= source.Recording.StartedAt + _options.Window);
        Assert.Equal("node", footprint.Node);
        Assert.True(source.Recording.Disposed);
    }

    [Fact]
    public async Task MeasureAsync_Progress_ReportsEveryPhaseInOrderWithACountdown()
    {
        var reports = new SyncProgress();
        var sut = new IdleMeasurement(new FakeSource(_time), _time);

        await RunWithFakeTime(
            sut.MeasureAsync(new NoShell(), _options, reports, TestContext.Current.CancellationToken));

        var phases = reports.Items.Select(r => r.Phase).Distinct().ToList();
        Assert.Equal(
            [MeasurementPhase.Settling, MeasurementPhase.Starting, MeasurementPhase.Recording,
                MeasurementPhase.Collecting, MeasurementPhase.Done],
            phases);
        var recording = reports.Items.Where(r => r.Phase == MeasurementPhase.Recording).ToList();
        Assert.True(recording.Count >= 60);
        Assert.Equal(TimeSpan.Zero, recording[^1].Remaining);
    }

    [Fact]
    public async Task MeasureAsync_CancelledDuringWindow_AbandonsTheRecording()
    {
        var source = new FakeSource(_time);
        var sut = new IdleMeasurement(source, _time);
        using var cts = new CancellationTokenSource();
        var reports = new SyncProgress(p =>
        {
            if (p.Phase == MeasurementPhase.Recording && p.Elapsed >= TimeSpan.FromSeconds(10))
            {
                cts.Cancel();
            }
        });

        var task = sut.MeasureAsync(new NoShell(), _options, reports, cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunWithFakeTime(task));
        Assert.True(source.Recording!.Disposed);
        Assert.Null(source.Recording.CollectedAt);
    }

    [Fact]
    public async Task MeasureAsync_WindowShorterThanTwoIntervals_ThrowsBeforeStarting()
    {
        var source = new FakeSource(_time);
        var sut = new IdleMeasurement(source, _time);
        var options = _options with { Window = TimeSpan.FromSeconds(20) };

        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => sut.MeasureAsync(new NoShell(), options, null, TestContext.Current.CancellationToken));

        Assert.Contains("'20 s'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("two intervals", ex.Message, StringComparison.Ordinal);
        Assert.Null(source.Recording);
    }

    private Task<T> RunWithFakeTime<T>(Task<T> task) =>
        FakeClock.Drive(_time, task, TimeSpan.FromMilliseconds(500));

    private sealed class FakeSource(FakeTimeProvider time) : IFootprintSource
    {
        public FakeRecording? Recording { get; private set; }

        public string Name => "fake";

        public Task<IFootprintRecording> StartAsync(
            INodeShell node,
            RecordingRequest request,
            CancellationToken cancellationToken = default)
        {
            Recording = new FakeRecording(time);
            return Task.FromResult<IFootprintRecording>(Recording);
        }
    }

    private sealed class FakeRecording(FakeTimeProvider time) : IFootprintRecording
    {
        public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

        public DateTimeOffset? CollectedAt { get; private set; }

        public bool Disposed { get; private set; }

        public Task<RecordedWindow> CollectAsync(CancellationToken cancellationToken = default)
        {
            CollectedAt = time.GetUtcNow();
            return Task.FromResult(new WindowBuilder().Cpu("idle", 0, 15, 30, 45, 60).Build());
        }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
