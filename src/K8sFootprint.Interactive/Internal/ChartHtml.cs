using System.Globalization;
using K8sFootprint.Charts;

namespace K8sFootprint.Interactive.Internal;

/// <summary>A chart as HTML: its PNG inline as a data URI, at the size it was drawn.</summary>
internal static class ChartHtml
{
    public static string Write(ChartImage chart)
    {
        string source = "data:image/png;base64," + Convert.ToBase64String(chart.Png);
        return new HtmlBuilder()
            .Open("figure", "k8sfp k8sfp-chart")
            .Open("img", ("src", source), ("alt", chart.Name),
                ("width", chart.Width.ToString("D", CultureInfo.InvariantCulture)),
                ("height", chart.Height.ToString("D", CultureInfo.InvariantCulture)))
            .Close("figure")
            .ToString();
    }
}
