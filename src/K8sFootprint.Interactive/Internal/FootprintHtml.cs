using System.Globalization;
using K8sFootprint.Measurement;
using K8sFootprint.Reporting;
using K8sFootprint.Statistics;

namespace K8sFootprint.Interactive.Internal;

/// <summary>One run as HTML: what was measured, the five headline metrics with their units, and the warnings.</summary>
internal static class FootprintHtml
{
    public static string Write(Footprint footprint)
    {
        var values = FootprintMetrics.Values(footprint).ToDictionary(v => v.Metric.Id, v => v.Value);
        var html = new HtmlBuilder().Open("div", "k8sfp k8sfp-footprint");
        html.Open("p").Element("strong", $"Idle footprint of {footprint.Node}").Close("p");
        html.Element("p", Window(footprint));

        html.Open("table").Head("metric", "unit", "value", "detail").Open("tbody");
        foreach (var metric in MetricCatalog.Headline)
        {
            double? value = values.TryGetValue(metric.Id, out double v) ? v : null;
            html.Open("tr")
                .RowHeader(Phrases.Capital(metric.Noun))
                .TextCell(metric.Unit)
                .FigureCell(Quantities.Format(value, metric.Unit))
                .TextCell(Detail(footprint, metric))
                .Close("tr");
        }

        html.Close("tbody").Close("table");
        Warnings(html, footprint.Warnings);
        return html.Close("div").ToString();
    }

    private static string Window(Footprint f)
    {
        string start = f.Window.Start.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        string os = f.Host.OperatingSystem.Length == 0 ? "" : $", {f.Host.OperatingSystem}";
        return $"{Phrases.Seconds(f.Window.Duration)} from {start}, a sample every " +
            $"{Phrases.Seconds(f.Window.Interval)} ({f.Window.SampleCount} samples), source {f.Source}; " +
            $"host {f.Host.Hostname}{os}, kernel {f.Host.Kernel}, {f.Host.CpuCount} CPUs, " +
            $"{Quantities.Format(f.Host.MemoryTotalBytes, "bytes")} of memory.";
    }

    private static string Detail(Footprint f, MetricDefinition metric)
    {
        if (metric == MetricCatalog.Cpu)
        {
            return $"average busy cores; {Quantities.Format(f.Cpu.BusyPercent, "percent")} of {f.Cpu.Cores} cores";
        }

        if (metric == MetricCatalog.Memory)
        {
            return $"time-weighted average used; peak {Bytes(f.Memory.MaxUsedBytes)} of {Bytes(f.Memory.TotalBytes)}";
        }

        if (metric == MetricCatalog.DiskIo)
        {
            return $"read {Bytes(f.DiskIo.ReadBytes)}, written {Bytes(f.DiskIo.WrittenBytes)}";
        }

        if (metric == MetricCatalog.Network)
        {
            return $"external: received {Bytes(f.Network.External.ReceiveBytes)}, sent " +
                $"{Bytes(f.Network.External.TransmitBytes)}; loopback {Bytes(f.Network.Loopback.TotalBytes)} " +
                "not counted";
        }

        return $"used at the end of the window; growth {Bytes(f.DiskUsage.GrowthBytes)}";
    }

    private static void Warnings(HtmlBuilder html, IReadOnlyList<MeasurementWarning> warnings)
    {
        if (warnings.Count == 0)
        {
            html.Element("p", "No warnings.");
            return;
        }

        html.Element("p", "Warnings:").Open("ul");
        foreach (var warning in warnings)
        {
            html.Open("li").Element("code", warning.Code).Text($": {warning.Message}").Close("li");
        }

        html.Close("ul");
    }

    private static string Bytes(double? value) => Quantities.Format(value, "bytes");
}
