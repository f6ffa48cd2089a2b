using System.Globalization;
using K8sFootprint.Measurement;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp.Rendering;

/// <summary>Prints a footprint as readable tables.</summary>
internal static class FootprintTable
{
    public static void Write(Footprint footprint)
    {
        AnsiConsole.Write(Summary(footprint));
        AnsiConsole.Write(Metrics(footprint));
        AnsiConsole.Write(Filesystems(footprint));
        WriteWarnings(footprint);
    }

    private static Table Summary(Footprint f)
    {
        var table = new Table().Title($"Idle footprint of {Markup.Escape(f.Node)}").HideHeaders().AddColumns("", "");
        table.AddRow("Window", Markup.Escape(
            $"{f.Window.Start:u} + {Units.Seconds(f.Window.Duration)}, every {Units.Seconds(f.Window.Interval)}, " +
            $"{f.Window.SampleCount} samples, settle {Units.Seconds(f.Window.Settle)}"));
        table.AddRow("Source", Markup.Escape(f.Source));
        table.AddRow("Host", Markup.Escape(
            $"{f.Host.Hostname}, {f.Host.OperatingSystem}, kernel {f.Host.Kernel}, {f.Host.CpuCount} CPUs, " +
            $"{Units.Bytes(f.Host.MemoryTotalBytes)}"));
        double windowSeconds = f.Window.Duration.TotalSeconds;
        table.AddRow("Observer", Markup.Escape(
            $"{f.Overhead.CpuSeconds.ToString("0.000", CultureInfo.InvariantCulture)} CPU-s " +
            $"({Units.Percent(windowSeconds > 0 ? 100 * f.Overhead.CpuSeconds / windowSeconds : null)} of one core), " +
            $"{Units.Bytes(f.Overhead.BytesWritten)} written, " +
            $"{Units.Bytes(f.Overhead.NetworkBytes)} over the network"));
        return table;
    }

    private static Table Metrics(Footprint f)
    {
        var table = new Table().AddColumns("Metric", "Figure", "Detail");
        table.AddRow("CPU busy", Units.Cores(f.Cpu.BusyCores),
            $"{Units.Percent(f.Cpu.BusyPercent)} of {f.Cpu.Cores} cores");
        table.AddRow("CPU 1 − idle", Units.Cores(f.Cpu.NonIdleCores),
            $"{Units.Percent(f.Cpu.NonIdlePercent)}; iowait {Units.Cores(f.Cpu.IowaitCores)}, " +
            $"steal {Units.Cores(f.Cpu.StealCores)}");
        table.AddRow("Memory used (avg)", Units.Bytes(f.Memory.AverageUsedBytes),
            $"max {Units.Bytes(f.Memory.MaxUsedBytes)} of {Units.Bytes(f.Memory.TotalBytes)}");
        table.AddRow("Disk i/o", Units.Bytes(f.DiskIo.TotalBytes),
            Markup.Escape($"read {Units.Bytes(f.DiskIo.ReadBytes)} ({Units.Count(f.DiskIo.ReadOps)} ops), written " +
            $"{Units.Bytes(f.DiskIo.WrittenBytes)} ({Units.Count(f.DiskIo.WriteOps)} ops) on " +
            $"[{string.Join(", ", f.DiskIo.Devices.Where(d => d.Counted).Select(d => d.Device))}]"));
        table.AddRow("Network external", Units.Bytes(f.Network.External.TotalBytes), Traffic(f.Network.External));
        table.AddRow("Network loopback", Units.Bytes(f.Network.Loopback.TotalBytes), Traffic(f.Network.Loopback));
        table.AddRow("Network pod", Units.Bytes(f.Network.Pod.TotalBytes), Traffic(f.Network.Pod));
        table.AddRow("Disk usage (t1)", Units.Bytes(f.DiskUsage.UsedBytesAtEnd),
            $"t0 {Units.Bytes(f.DiskUsage.UsedBytesAtStart)}, growth {Units.Bytes(f.DiskUsage.GrowthBytes)}");
        return table;
    }

    private static string Traffic(NetworkTraffic traffic) => Markup.Escape(
        $"rx {Units.Bytes(traffic.ReceiveBytes)}, tx {Units.Bytes(traffic.TransmitBytes)} " +
        $"on [{string.Join(", ", traffic.Interfaces)}]");

    private static Table Filesystems(Footprint f)
    {
        var table = new Table().Title("Counted file systems")
            .AddColumns("Mount", "Device", "Type", "Used t0", "Used t1", "Size");
        foreach (var fs in f.DiskUsage.Filesystems.Where(x => x.Counted))
        {
            table.AddRow(Markup.Escape(fs.MountPoint), Markup.Escape(fs.Source), Markup.Escape(fs.FsType),
                Units.Bytes(fs.UsedBytesAtStart), Units.Bytes(fs.UsedBytesAtEnd), Units.Bytes(fs.SizeBytes));
        }

        return table;
    }

    private static void WriteWarnings(Footprint f)
    {
        foreach (var warning in f.Warnings)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[yellow]Warning ({warning.Code}):[/] {warning.Message}");
        }
    }
}
