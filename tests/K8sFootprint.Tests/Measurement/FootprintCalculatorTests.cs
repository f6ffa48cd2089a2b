using K8sFootprint.Measurement;
using K8sFootprint.Sources;
using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Measurement;

public sealed class FootprintCalculatorTests
{
    [Fact]
    public void Calculate_GuestTime_IsNotAddedTwice()
    {
        var raw = new WindowBuilder()
            .Cpu("user", 0, 15, 30, 45, 60)
            .Cpu("system", 0, 3, 6, 9, 12)
            .Cpu("idle", 0, 12, 24, 36, 48)
            .Series(SeriesNames.CpuGuestSeconds, SeriesNames.ModeLabel, "user", 0, 10, 20, 30, 40)
            .Build();

        var sut = FootprintCalculator.Calculate("node", raw).Cpu;

        Assert.Equal(1.2, sut.BusyCores!.Value, 9);
        Assert.Equal(60, sut.BusyPercent!.Value, 9);
        Assert.Equal(72, sut.BusySeconds, 9);
    }

    [Fact]
    public void Calculate_IowaitAndSteal_AreReportedApartAndOnlyInTheOneMinusIdleFigure()
    {
        var raw = new WindowBuilder()
            .Cpu("user", 0, 3, 6, 9, 12)
            .Cpu("iowait", 0, 3, 6, 9, 12)
            .Cpu("steal", 0, 1.5, 3, 4.5, 6)
            .Cpu("idle", 0, 22.5, 45, 67.5, 90)
            .Build();

        var sut = FootprintCalculator.Calculate("node", raw).Cpu;

        Assert.Equal(0.2, sut.BusyCores!.Value, 9);
        Assert.Equal(0.2, sut.IowaitCores!.Value, 9);
        Assert.Equal(0.1, sut.StealCores!.Value, 9);
        Assert.Equal(0.5, sut.NonIdleCores!.Value, 9);
    }

    [Fact]
    public void Calculate_CounterResetMidWindow_CountsTheRestartAndWarns()
    {
        var raw = new WindowBuilder()
            .Cpu("user", 100, 115, 130, 5, 20)
            .Cpu("idle", 0, 15, 30, 45, 60)
            .Build();

        var sut = FootprintCalculator.Calculate("node", raw);

        Assert.Equal(15 + 15 + 5 + 15, sut.Cpu.BusySeconds, 9);
        Assert.Contains(sut.Warnings, w => w.Code == WarningCodes.CounterReset);
    }

    [Fact]
    public void Calculate_MemoryUsed_IsTotalMinusAvailableAveragedOverTime()
    {
        var raw = new WindowBuilder()
            .Series(SeriesNames.MemoryTotal, "", "", 1000, 1000, 1000, 1000, 1000)
            .Series(SeriesNames.MemoryAvailable, "", "", 900, 800, 800, 600, 900)
            .Build();

        var sut = FootprintCalculator.Calculate("node", raw).Memory;

        Assert.Equal((150 + 200 + 300 + 250) / 4.0, sut.AverageUsedBytes!.Value, 9);
        Assert.Equal(400, sut.MaxUsedBytes);
        Assert.Equal(1000, sut.TotalBytes);
    }

    [Fact]
    public void Calculate_MemoryGap_IsLeftOutAndFlagged()
    {
        Sample[] total = [new(0, 1000), new(60, 1000)];
        Sample[] available = [new(0, 900), new(15, 900), new(60, 100)];
        var raw = new WindowBuilder()
            .Series(SeriesNames.MemoryTotal, "", "", total)
            .Series(SeriesNames.MemoryAvailable, "", "", available)
            .Build();

        var sut = FootprintCalculator.Calculate("node", raw, new IdleMeasurementOptions { MaxGapIntervals = 2 });

        Assert.Equal(100, sut.Memory.AverageUsedBytes!.Value, 9);
        Assert.Equal(0.25, sut.Memory.Coverage, 9);
        Assert.Contains(sut.Warnings, w => w.Code == WarningCodes.LowCoverage);
        Assert.Contains(sut.Warnings, w => w.Code == WarningCodes.Gap);
    }

    [Fact]
    public void Calculate_DiskIo_CountsWholeDisksOnlyNotPartitionsDmOrLoop()
    {
        var builder = new WindowBuilder().Blocks("sda", "nvme0n1", "dm-0", "loop0", "zram0");
        foreach (string device in new[] { "sda", "sda1", "nvme0n1", "nvme0n1p2", "dm-0", "loop0", "zram0", "md127" })
        {
            builder.Linear(SeriesNames.DiskWrittenBytes, SeriesNames.DeviceLabel, device, 100);
            builder.Linear(SeriesNames.DiskReadBytes, SeriesNames.DeviceLabel, device, 10);
        }

        var sut = FootprintCalculator.Calculate("node", builder.Build()).DiskIo;

        Assert.Equal(["nvme0n1", "sda"], sut.Devices.Where(d => d.Counted).Select(d => d.Device));
        Assert.Equal(2 * 6000, sut.WrittenBytes, 6);
        Assert.Equal(2 * 600, sut.ReadBytes, 6);
    }

    [Fact]
    public void Calculate_DiskIoWithoutBlockList_UsesPartitionNamesToExclude()
    {
        var builder = new WindowBuilder();
        foreach (string device in new[] { "vda", "vda1", "xvdb", "mmcblk0", "mmcblk0p1", "dm-1" })
        {
            builder.Linear(SeriesNames.DiskWrittenBytes, SeriesNames.DeviceLabel, device, 1);
        }

        var sut = FootprintCalculator.Calculate("node", builder.Build()).DiskIo;

        Assert.Equal(["mmcblk0", "vda", "xvdb"], sut.Devices.Where(d => d.Counted).Select(d => d.Device));
    }

    [Fact]
    public void Calculate_DiskIncludePattern_OverridesTheWholeDiskRule()
    {
        var raw = new WindowBuilder()
            .Blocks("sda", "loop3")
            .Linear(SeriesNames.DiskWrittenBytes, SeriesNames.DeviceLabel, "sda", 1)
            .Linear(SeriesNames.DiskWrittenBytes, SeriesNames.DeviceLabel, "loop3", 1)
            .Build();
        var options = new IdleMeasurementOptions { Selection = new DeviceSelection { IncludeDisks = ["loop3"] } };

        var sut = FootprintCalculator.Calculate("node", raw, options).DiskIo;

        Assert.Equal(["loop3"], sut.Devices.Where(d => d.Counted).Select(d => d.Device));
    }

    [Fact]
    public void Calculate_Network_KeepsLoopbackAndVethOutOfExternal()
    {
        var builder = new WindowBuilder().Physical("eth0");
        foreach (var (name, rate) in new[] { ("eth0", 10.0), ("lo", 1000.0), ("veth12ab", 500.0), ("cni0", 200.0),
            ("ifb0", 7.0) })
        {
            builder.Linear(SeriesNames.NetworkReceiveBytes, SeriesNames.DeviceLabel, name, rate);
            builder.Linear(SeriesNames.NetworkTransmitBytes, SeriesNames.DeviceLabel, name, rate);
        }

        var sut = FootprintCalculator.Calculate("node", builder.Build()).Network;

        Assert.Equal(["eth0"], sut.External.Interfaces);
        Assert.Equal(1200, sut.External.TotalBytes, 6);
        Assert.Equal(["lo"], sut.Loopback.Interfaces);
        Assert.Equal(120000, sut.Loopback.TotalBytes, 6);
        Assert.Equal(["cni0", "veth12ab"], sut.Pod.Interfaces);
        Assert.Equal(InterfaceClass.Other, sut.Interfaces.Single(i => i.Interface == "ifb0").Class);
    }

    [Fact]
    public void Calculate_InterfaceIncludePattern_SelectsAVethAsExternal()
    {
        var raw = new WindowBuilder()
            .Linear(SeriesNames.NetworkReceiveBytes, SeriesNames.DeviceLabel, "eth0", 1)
            .Linear(SeriesNames.NetworkReceiveBytes, SeriesNames.DeviceLabel, "vethtest0", 2)
            .Build();
        var options = new IdleMeasurementOptions
        {
            Selection = new DeviceSelection { IncludeInterfaces = ["vethtest*"] }
        };

        var sut = FootprintCalculator.Calculate("node", raw, options).Network;

        Assert.Equal(["vethtest0"], sut.External.Interfaces);
        Assert.Equal(120, sut.External.ReceiveBytes, 6);
    }

    [Fact]
    public void Calculate_NoExternalInterface_Warns()
    {
        var raw = new WindowBuilder().Physical()
            .Linear(SeriesNames.NetworkReceiveBytes, SeriesNames.DeviceLabel, "lo", 1)
            .Build();

        var sut = FootprintCalculator.Calculate("node", raw);

        Assert.Contains(sut.Warnings, w => w.Code == WarningCodes.NoExternalInterface);
    }

    [Fact]
    public void Calculate_DiskUsage_CountsABindMountOnceAndSkipsPseudoFileSystems()
    {
        MountedFilesystem[] At(long rootUsed, long dataUsed) =>
        [
            new("/", "/dev/sda1", "ext4", "8:1", 100_000, rootUsed, 1),
            new("/var/lib/kubelet", "/dev/sda1", "ext4", "8:1", 100_000, rootUsed, 1),
            new("/run", "tmpfs", "tmpfs", "0:25", 5000, 4000, 1),
            new("/var/lib/containerd/rootfs", "overlay", "overlay", "0:40", 100_000, rootUsed, 1),
            new("/data", "/dev/sdb", "xfs", "8:16", 50_000, dataUsed, 1),
            new("/snap/core/1", "/dev/loop0", "squashfs", "7:0", 1000, 1000, 0),
        ];
        var raw = new WindowBuilder().Filesystems(At(40_000, 1000), At(40_500, 1300)).Build();

        var sut = FootprintCalculator.Calculate("node", raw).DiskUsage;

        Assert.Equal(41_000, sut.UsedBytesAtStart);
        Assert.Equal(41_800, sut.UsedBytesAtEnd);
        Assert.Equal(800, sut.GrowthBytes);
        Assert.Equal(["/", "/data"], sut.Filesystems.Where(f => f.Counted).Select(f => f.MountPoint));
        Assert.Equal("same device as '/'", sut.Filesystems.Single(f => f.MountPoint == "/var/lib/kubelet").Note);
    }

    [Fact]
    public void Calculate_Window_SpansT0ToT1OnTheNodeClock()
    {
        var raw = new WindowBuilder().Cpu("idle", 0, 15, 30, 45, 60).Build();

        var sut = FootprintCalculator.Calculate("node", raw).Window;

        Assert.Equal(TimeSpan.FromSeconds(60), sut.Duration);
        Assert.Equal(raw.StartTime, sut.Start);
        Assert.Equal(5, sut.SampleCount);
    }
}
