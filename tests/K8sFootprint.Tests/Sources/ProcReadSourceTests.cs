using K8sFootprint.Measurement;
using K8sFootprint.Nodes;
using K8sFootprint.Sources.Proc;

namespace K8sFootprint.Tests.Sources;

/// <summary>The source that reads /proc through the node shell (the Talos API path), against a node whose files
/// advance by known amounts each second.</summary>
public sealed class ProcReadSourceTests
{
    [Fact]
    public async Task Measure_NodeWithoutAShell_ComputesTheFootprintFromReadsAndCountsTheReadTraffic()
    {
        // Real time (a two-second window): the reads take time, which a fake clock racing ahead would distort.
        var node = new AdvancingNode(TimeProvider.System);
        var sut = new IdleMeasurement(new ProcReadSource());
        var options = new IdleMeasurementOptions
        {
            Settle = TimeSpan.Zero,
            Window = TimeSpan.FromSeconds(2),
            Interval = TimeSpan.FromSeconds(1),
        };

        var footprint = await sut.MeasureAsync(node, options, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ProcReadSource.SourceName, footprint.Source);
        Assert.Equal(3, footprint.Window.SampleCount);
        // user advances 30 and system 20 ticks (USER_HZ 100) per second: half a core busy.
        Assert.Equal(0.5, footprint.Cpu.BusyCores!.Value, 0.02);
        Assert.Equal((16042172.0 - 12386440.0) * 1024, footprint.Memory.AverageUsedBytes!.Value, 1e-6);
        double seconds = footprint.Window.Duration.TotalSeconds;
        Assert.InRange(footprint.Network.External.TotalBytes, (1000 * seconds) - 20, (1000 * seconds) + 20);
        Assert.True(footprint.Overhead.NetworkBytes > 0);
        Assert.Contains("contacts the node during the window", footprint.Overhead.Description,
            StringComparison.Ordinal);
    }

    /// <summary>/proc files whose counters advance with the fake clock; each sample's files agree with the
    /// uptime read first, as if read at one instant.</summary>
    private sealed class AdvancingNode(TimeProvider time) : INodeShell
    {
        private readonly DateTimeOffset _start = time.GetUtcNow();
        private double _seconds;

        public string Node => "talos-node";

        public Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default)
        {
            if (path == "/proc/uptime")
            {
                _seconds = Math.Round((time.GetUtcNow() - _start).TotalSeconds, 2);
            }

            double s = _seconds;
            long t = (long)Math.Round(s * 100);
            string text = path switch
            {
                "/proc/uptime" => $"{1000 + s:0.00} 1900.00\n",
                "/proc/stat" =>
                    $"cpu  {1000 + (t * 30 / 100)} 0 {2000 + (t * 20 / 100)} {5000 + (t * 150 / 100)} 0 0 0 0 0 0\n" +
                    "cpu0 1 0 1 1 0 0 0 0 0 0\ncpu1 1 0 1 1 0 0 0 0 0 0\n",
                "/proc/meminfo" => TestFiles.Read("proc-meminfo.txt"),
                "/proc/diskstats" => " 253       0 vda 10 0 80 5 20 0 160 9 0 12 14 0 0 0 0 0 0\n",
                "/proc/net/dev" => "Inter-|   Receive |  Transmit\n face |bytes packets|bytes packets\n" +
                    $"  eth0: {100000 + (t * 600 / 100)} 1 0 0 0 0 0 0 {50000 + (t * 400 / 100)} 1 0 0 0 0 0 0\n",
                "/proc/self/mountinfo" => "27 1 254:0 / / ro,relatime - squashfs /dev/loop0 ro\n",
                _ => "talos-standin\n",
            };
            return Task.FromResult(System.Text.Encoding.UTF8.GetBytes(text));
        }

        public Task<CommandResult> RunAsync(
            string command, CommandOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("no shell");

        public Task WriteFileAsync(
            string path,
            ReadOnlyMemory<byte> content,
            UnixFileMode mode,
            CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("no files");

        public Task DisconnectAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task ReconnectAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
