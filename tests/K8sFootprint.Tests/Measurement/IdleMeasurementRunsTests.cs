using K8sFootprint.Measurement;
using K8sFootprint.Nodes;
using K8sFootprint.Sources;
using K8sFootprint.Statistics;
using Microsoft.Extensions.Time.Testing;

namespace K8sFootprint.Tests.Measurement;

public sealed class IdleMeasurementRunsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly IdleMeasurementOptions _options = new()
    {
        Settle = TimeSpan.FromSeconds(30),
        Window = TimeSpan.FromSeconds(60),
        Interval = TimeSpan.FromSeconds(15),
    };

    [Fact]
    public async Task MeasureRunsAsync_ThreeRuns_HandsEachOverAtOnceSettlingOnlyBeforeTheFirstAndPausingBetween()
    {
        var source = new MemorySource(_time, [1000, 1000, 1000]);
        var sut = new IdleMeasurement(source, _time);
        var handed = new List<(int Run, DateTimeOffset At)>();
        var runs = new RepeatedRunOptions { Runs = 3, Pause = TimeSpan.FromSeconds(20) };

        var footprints = await RunWithFakeTime(sut.MeasureRunsAsync(new NoShell(), _options, runs,
            (_, run, _) => { handed.Add((run, _time.GetUtcNow())); return Task.CompletedTask; },
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(3, footprints.Count);
        Assert.Equal([1, 2, 3], handed.Select(h => h.Run));
        Assert.Equal(_time.Start + TimeSpan.FromSeconds(30), source.Started[0]);
        for (int i = 1; i < 3; i++)
        {
            var gap = source.Started[i] - handed[i - 1].At;
            Assert.InRange(gap, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(21));
        }
    }

    [Fact]
    public async Task MeasureRunsAsync_TwoRunsAlreadyStored_MeasuresOnlyTheThirdAndNumbersIt3()
    {
        var sut = new IdleMeasurement(new MemorySource(_time, [1000]), _time);
        MetricObservation[] stored =
        [
            new("node", 1, "memory", 1000, "bytes"), new("node", 2, "memory", 1000, "bytes"),
        ];
        var handed = new List<int>();

        var footprints = await RunWithFakeTime(sut.MeasureRunsAsync(new NoShell(), _options,
            new RepeatedRunOptions { Runs = 3 }, (_, run, _) => { handed.Add(run); return Task.CompletedTask; },
            stored, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Single(footprints);
        Assert.Equal([3], handed);
    }

    [Fact]
    public async Task MeasureRunsAsync_AdaptiveWithSteadyRuns_StopsAtTheMinimum()
    {
        var sut = new IdleMeasurement(new MemorySource(_time, [1000, 1000, 1000, 1000]), _time);
        var runs = new RepeatedRunOptions { Runs = 3, Adaptive = true, MaxRuns = 6 };

        var footprints = await RunWithFakeTime(sut.MeasureRunsAsync(new NoShell(), _options, runs,
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(3, footprints.Count);
    }

    [Fact]
    public async Task MeasureRunsAsync_AdaptiveWithNoisyRuns_AddsRunsUntilTheIntervalIsWithinFivePercent()
    {
        // Memory 1000, 1040, 980: 95 % half-width 7.5 % of the mean; with a fourth run at 1000 it is 4.0 %.
        var sut = new IdleMeasurement(new MemorySource(_time, [1000, 1040, 980, 1000, 1000, 1000]), _time);
        var runs = new RepeatedRunOptions { Runs = 3, Adaptive = true, TargetPrecision = 0.05, MaxRuns = 6 };
        var progress = new SyncProgress();

        var footprints = await RunWithFakeTime(sut.MeasureRunsAsync(new NoShell(), _options, runs,
            progress: progress, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(4, footprints.Count);
        Assert.Equal([1, 2, 3, 4], progress.Items.Select(p => p.Run!.Value).Distinct());
        var memory = Summaries.Summarize(footprints.Select(f => f.Memory.AverageUsedBytes!.Value));
        Assert.True((memory.ConfidenceHigh - memory.ConfidenceLow) / 2 <= 0.05 * memory.Mean);
    }

    [Fact]
    public async Task MeasureRunsAsync_AdaptiveNeverPrecise_StopsAtTheCap()
    {
        var sut = new IdleMeasurement(new MemorySource(_time, [500, 1500, 500, 1500, 500, 1500]), _time);
        var runs = new RepeatedRunOptions { Runs = 2, Adaptive = true, MaxRuns = 5 };

        var footprints = await RunWithFakeTime(sut.MeasureRunsAsync(new NoShell(), _options, runs,
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(5, footprints.Count);
    }

    [Fact]
    public async Task MeasureRunsAsync_StoringFails_StopsAndKeepsWhatWasHandedOver()
    {
        var sut = new IdleMeasurement(new MemorySource(_time, [1000, 1000, 1000]), _time);
        var handed = new List<int>();

        var task = sut.MeasureRunsAsync(new NoShell(), _options, new RepeatedRunOptions { Runs = 3 },
            (_, run, _) =>
            {
                handed.Add(run);
                return run == 2 ? throw new IOException("disk full") : Task.CompletedTask;
            },
            cancellationToken: TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<IOException>(() => RunWithFakeTime(task));
        Assert.Equal([1, 2], handed);
    }

    [Theory]
    [InlineData(0, false, 0.05, 10, "Runs")]
    [InlineData(3, true, 0, 10, "TargetPrecision")]
    [InlineData(3, true, 1.5, 10, "TargetPrecision")]
    [InlineData(5, true, 0.05, 4, "MaxRuns")]
    public void Validate_OutOfRange_NamesTheOption(int count, bool adaptive, double target, int max, string name)
    {
        var sut = new RepeatedRunOptions { Runs = count, Adaptive = adaptive, TargetPrecision = target, MaxRuns = max };

        var ex = Assert.Throws<ArgumentException>(sut.Validate);

        Assert.Equal(name, ex.ParamName);
    }

    private Task<T> RunWithFakeTime<T>(Task<T> task) =>
        FakeClock.Drive(_time, task, TimeSpan.FromMilliseconds(500));

    /// <summary>A source whose n-th recording has the n-th used-memory figure, steady across its window, and
    /// steady CPU.</summary>
    private sealed class MemorySource(FakeTimeProvider time, double[] usedPerRun) : IFootprintSource
    {
        public List<DateTimeOffset> Started { get; } = [];

        public string Name => "memory";

        public Task<IFootprintRecording> StartAsync(
            INodeShell node, RecordingRequest request, CancellationToken cancellationToken = default)
        {
            Started.Add(time.GetUtcNow());
            double used = usedPerRun[Math.Min(Started.Count, usedPerRun.Length) - 1];
            return Task.FromResult<IFootprintRecording>(new Recording(time.GetUtcNow(), used));
        }

        private sealed class Recording(DateTimeOffset started, double used) : IFootprintRecording
        {
            public DateTimeOffset StartedAt => started;

            public Task<RecordedWindow> CollectAsync(CancellationToken cancellationToken = default) =>
                Task.FromResult(new WindowBuilder()
                    .Cpu("idle", 0, 15, 30, 45, 60)
                    .Cpu("user", 0, 1, 2, 3, 4)
                    .Series(SeriesNames.MemoryTotal, "", "", 4000, 4000, 4000, 4000, 4000)
                    .Series(SeriesNames.MemoryAvailable, "", "", [.. Enumerable.Repeat(4000 - used, 5)])
                    .Build());

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
