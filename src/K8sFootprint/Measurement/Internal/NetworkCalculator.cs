using K8sFootprint.Sources;

namespace K8sFootprint.Measurement.Internal;

/// <summary>Network i/o as three separate figures: external, loopback and pod.</summary>
internal static class NetworkCalculator
{
    public const string Loopback = "lo";

    public static NetworkFootprint Calculate(WindowContext context, DeviceSelection selection)
    {
        var interfaces = context.Series(SeriesNames.NetworkReceiveBytes)
            .Concat(context.Series(SeriesNames.NetworkTransmitBytes))
            .Select(s => s.Label(SeriesNames.DeviceLabel))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => Traffic(context, name, Classify(name, selection, context.Raw.PhysicalInterfaces)))
            .ToList();

        var external = Sum(interfaces, InterfaceClass.External);
        if (external.Interfaces.Count == 0)
        {
            context.Warn(WarningCodes.NoExternalInterface,
                "Network: no interface matched the external selection " +
                $"(include [{string.Join(", ", selection.IncludeInterfaces)}], " +
                $"exclude [{string.Join(", ", selection.ExcludeInterfaces)}]); the external figure is zero. " +
                "Interfaces seen: " +
                $"[{string.Join(", ", interfaces.Select(i => i.Interface))}].");
        }

        return new NetworkFootprint(
            external, Sum(interfaces, InterfaceClass.Loopback), Sum(interfaces, InterfaceClass.Pod), interfaces);
    }

    /// <summary>Explicit patterns first; then loopback, pod patterns, and interfaces backed by a device.</summary>
    internal static InterfaceClass Classify(string name, DeviceSelection selection, IReadOnlyList<string>? physical)
    {
        bool excluded = GlobPattern.MatchesAny(name, selection.ExcludeInterfaces);
        if (selection.IncludeInterfaces.Count > 0 && !excluded
            && GlobPattern.MatchesAny(name, selection.IncludeInterfaces))
        {
            return InterfaceClass.External;
        }

        if (name == Loopback)
        {
            return InterfaceClass.Loopback;
        }

        if (GlobPattern.MatchesAny(name, selection.PodInterfaces))
        {
            return InterfaceClass.Pod;
        }

        if (selection.IncludeInterfaces.Count > 0 || excluded)
        {
            return InterfaceClass.Other;
        }

        bool backedByDevice = physical is not null
            ? physical.Contains(name)
            : !GlobPattern.MatchesAny(name, DeviceSelection.DefaultVirtualInterfacePatterns);
        return backedByDevice ? InterfaceClass.External : InterfaceClass.Other;
    }

    private static InterfaceTraffic Traffic(WindowContext context, string name, InterfaceClass kind)
    {
        double Total(string metric) => context.Series(metric)
            .Where(s => s.Label(SeriesNames.DeviceLabel) == name)
            .Sum(s => context.Counter(s, "Network").Total);

        return new InterfaceTraffic(
            name, kind, Total(SeriesNames.NetworkReceiveBytes), Total(SeriesNames.NetworkTransmitBytes));
    }

    private static NetworkTraffic Sum(List<InterfaceTraffic> interfaces, InterfaceClass kind)
    {
        var members = interfaces.Where(i => i.Class == kind).ToList();
        return new NetworkTraffic(
            members.Sum(i => i.ReceiveBytes),
            members.Sum(i => i.TransmitBytes),
            members.Select(i => i.Interface).ToList());
    }
}
