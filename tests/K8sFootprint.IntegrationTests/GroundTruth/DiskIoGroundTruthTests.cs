using K8sFootprint.IntegrationTests.Infrastructure;
using K8sFootprint.Measurement;

namespace K8sFootprint.IntegrationTests.GroundTruth;

/// <summary>Written bytes against 256 MiB written with O_DIRECT onto a whole disk.</summary>
public sealed class DiskIoGroundTruthTests
{
    private const long Written = 256L << 20;
    private const string Target = "/var/tmp/k8sfp-direct-write.bin";

    [Fact]
    public async Task WrittenBytes_256MiBWithODirect_LieBetweenThatAndBaselinePlusFivePercent()
    {
        Prerequisite.Command("dd", "lsblk");
        var (selection, output) = WholeDiskOrLoop();
        var window = TimeSpan.FromSeconds(12);
        try
        {
            var baseline = await Windows.MeasureAsync(window, selection);
            var loaded = await Windows.MeasureAsync(window, selection, async token =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System, token);
                await Task.Run(
                    () => Sh.Run($"dd if=/dev/zero of={output} bs=1M count=256 oflag=direct conv=fsync status=none"),
                    token);
            });

            TestContext.Current.TestOutputHelper?.WriteLine(
                $"baseline {baseline.DiskIo.WrittenBytes} B, loaded {loaded.DiskIo.WrittenBytes} B, " +
                $"written {Written} B");
            double upper = (Written + baseline.DiskIo.WrittenBytes) * 1.05;
            Assert.InRange(loaded.DiskIo.WrittenBytes, Written, upper);
            Assert.True(loaded.DiskIo.WriteOps > 0);
        }
        finally
        {
            Sh.TryRun($"rm -f {Target}");
            if (selection.IncludeDisks.Count > 0)
            {
                Sh.TryRun($"losetup -d /dev/{selection.IncludeDisks[0]}; rm -f /var/tmp/k8sfp-loop.img");
            }
        }
    }

    /// <summary>The whole disk under /var/tmp when there is one; otherwise a loop device selected by name.</summary>
    private static (DeviceSelection Selection, string Output) WholeDiskOrLoop()
    {
        string source = Sh.Run("findmnt -n -o SOURCE --target /var/tmp");
        string type = source.StartsWith("/dev/", StringComparison.Ordinal)
            ? Sh.Run($"lsblk -ndo TYPE {source} || true")
            : string.Empty;
        if (type is "disk" or "part")
        {
            return (new DeviceSelection(), Target);
        }

        Prerequisite.Root();
        Sh.Run("truncate -s 300M /var/tmp/k8sfp-loop.img");
        string loop = Sh.Run("losetup -f --show /var/tmp/k8sfp-loop.img");
        return (new DeviceSelection { IncludeDisks = [Path.GetFileName(loop)] }, loop);
    }
}
