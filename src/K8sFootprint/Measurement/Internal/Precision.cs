using K8sFootprint.Statistics;

namespace K8sFootprint.Measurement.Internal;

/// <summary>The adaptive stopping rule: every headline metric's 95 % interval half-width within a fraction of
/// its mean.</summary>
internal static class Precision
{
    /// <summary>Lists the headline metrics whose interval is still too wide; empty when all are precise
    /// enough. A metric whose values are all equal (an idle interface moving 0 bytes) has a zero-width interval
    /// and counts as precise.</summary>
    public static IReadOnlyList<string> TooWide(IEnumerable<MetricObservation> runs, double target)
    {
        var wide = new List<string>();
        foreach (var metric in MetricCatalog.Headline)
        {
            var summary = Summaries.Summarize(runs.Where(r => r.Metric == metric.Id).Select(r => r.Value));
            if (summary.Count < 2)
            {
                wide.Add(metric.Id);
                continue;
            }

            double half = (summary.ConfidenceHigh!.Value - summary.ConfidenceLow!.Value) / 2;
            if (half > target * Math.Abs(summary.Mean!.Value))
            {
                wide.Add(metric.Id);
            }
        }

        return wide;
    }
}
