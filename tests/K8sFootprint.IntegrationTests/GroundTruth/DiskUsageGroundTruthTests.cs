using System.Globalization;
using K8sFootprint.IntegrationTests.Infrastructure;

namespace K8sFootprint.IntegrationTests.GroundTruth;

/// <summary>Disk-usage growth against a file of known allocated size on a loop-mounted ext4 image.</summary>
public sealed class DiskUsageGroundTruthTests : IDisposable
{
    private const string Image = "/var/tmp/k8sfp-usage.img";
    private const string Mount = "/var/tmp/k8sfp-usage-mnt";

    public DiskUsageGroundTruthTests()
    {
        Prerequisite.Root();
        Prerequisite.Command("mkfs.ext4", "mount", "losetup");
        Cleanup();
        Sh.Run($"truncate -s 128M {Image} && mkfs.ext4 -q -F {Image} && mkdir -p {Mount} " +
               $"&& mount -o loop {Image} {Mount}");
    }

    [Fact]
    public async Task Growth_FileOnLoopMountedExt4_IsItsAllocatedSizeWithinOnePercent()
    {
        long allocated = 0;

        var footprint = await Windows.MeasureAsync(TimeSpan.FromSeconds(5), during: async token =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System, token);
            Sh.Run($"dd if=/dev/urandom of={Mount}/payload bs=1M count=32 conv=fsync status=none && sync");
            string[] blocks = Sh.Run($"stat -c '%b %B' {Mount}/payload").Split(' ');
            allocated = long.Parse(blocks[0], CultureInfo.InvariantCulture)
                * long.Parse(blocks[1], CultureInfo.InvariantCulture);
        });

        var usage = footprint.DiskUsage.Filesystems.Single(f => f.MountPoint == Mount);
        TestContext.Current.TestOutputHelper?.WriteLine($"growth {usage.GrowthBytes} B, allocated {allocated} B");
        Assert.True(usage.Counted);
        Assert.Equal("ext4", usage.FsType);
        Assert.Equal(32L << 20, allocated);
        Assert.InRange((double)usage.GrowthBytes!.Value, allocated * 0.99, allocated * 1.01);
    }

    public void Dispose() => Cleanup();

    private static void Cleanup()
    {
        Sh.TryRun($"mountpoint -q {Mount} && umount {Mount}");
        Sh.TryRun($"rm -rf {Mount} {Image}");
    }
}
