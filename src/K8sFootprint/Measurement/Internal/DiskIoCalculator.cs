using System.Text.RegularExpressions;
using K8sFootprint.Sources;

namespace K8sFootprint.Measurement.Internal;

/// <summary>Disk i/o summed over whole disks only: partitions, device-mapper, md, loop and the like repeat
/// bytes already counted on a whole disk.</summary>
internal static partial class DiskIoCalculator
{
    public static DiskIoFootprint Calculate(WindowContext context, DeviceSelection selection)
    {
        var devices = context.Series(SeriesNames.DiskWrittenBytes).Select(s => s.Label(SeriesNames.DeviceLabel))
            .Concat(context.Series(SeriesNames.DiskReadBytes).Select(s => s.Label(SeriesNames.DeviceLabel)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(d => Device(context, d, IsCounted(d, selection, context.Raw.BlockDevices)))
            .ToList();

        var counted = devices.Where(d => d.Counted).ToList();
        if (counted.Count == 0)
        {
            context.Warn(WarningCodes.NoDisk,
                $"Disk i/o: no device matched the selection (include [{string.Join(", ", selection.IncludeDisks)}], " +
                $"exclude [{string.Join(", ", selection.ExcludeDisks)}]); the total is zero. Devices seen: " +
                $"[{string.Join(", ", devices.Select(d => d.Device))}].");
        }

        return new DiskIoFootprint(
            counted.Sum(d => d.ReadBytes),
            counted.Sum(d => d.WrittenBytes),
            counted.Sum(d => d.ReadOps),
            counted.Sum(d => d.WriteOps),
            devices);
    }

    /// <summary>Decides whether a device counts: explicit patterns first, then whole non-virtual disks.</summary>
    internal static bool IsCounted(string device, DeviceSelection selection, IReadOnlyList<string>? wholeDisks)
    {
        if (GlobPattern.MatchesAny(device, selection.ExcludeDisks))
        {
            return false;
        }

        if (selection.IncludeDisks.Count > 0)
        {
            return GlobPattern.MatchesAny(device, selection.IncludeDisks);
        }

        if (GlobPattern.MatchesAny(device, DeviceSelection.DefaultVirtualDiskPatterns))
        {
            return false;
        }

        return wholeDisks is { Count: > 0 } ? wholeDisks.Contains(device) : !Partition().IsMatch(device);
    }

    private static DeviceIo Device(WindowContext context, string device, bool counted)
    {
        double Total(string name) => context.Series(name)
            .Where(s => s.Label(SeriesNames.DeviceLabel) == device)
            .Sum(s => counted ? context.Counter(s, "Disk i/o").Total : Quiet(context, s));

        return new DeviceIo(
            device,
            Total(SeriesNames.DiskReadBytes),
            Total(SeriesNames.DiskWrittenBytes),
            Total(SeriesNames.DiskReadsCompleted),
            Total(SeriesNames.DiskWritesCompleted),
            counted);
    }

    /// <summary>Totals of devices that do not count raise no warnings.</summary>
    private static double Quiet(WindowContext context, MetricSeries series) =>
        Statistics.WindowArithmetic.CounterTotal(
            series.Samples, context.Raw.Start, context.Raw.End, context.MaxGap).Total;

    [GeneratedRegex(@"^((s|v|xv|h)d[a-z]+\d+|(nvme\d+n\d+|mmcblk\d+)p\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Partition();
}
