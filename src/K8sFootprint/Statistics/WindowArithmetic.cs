namespace K8sFootprint.Statistics;

/// <summary>
/// The per-run arithmetic shared by every source: counter totals with resets and gauge averages by the
/// trapezoid rule, both evaluated on a window <c>[t0, t1]</c> with edge points interpolated, never
/// extrapolated.
/// </summary>
public static class WindowArithmetic
{
    /// <summary>Computes the increase of a counter over the window.</summary>
    /// <param name="samples">The counter's samples in any order; non-finite values are ignored and for equal
    /// times the last one wins.</param>
    /// <param name="start">The window's start, t0, in the samples' clock.</param>
    /// <param name="end">The window's end, t1.</param>
    /// <param name="maxGap">Longest interval between two samples that still counts as covered.</param>
    /// <returns>The total, the resets seen and how much of the window the samples covered.</returns>
    public static CounterTotal CounterTotal(IEnumerable<Sample> samples, double start, double end, double maxGap)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ValidateWindow(start, end, maxGap);

        var points = Clip(Normalize(samples), start, end, maxGap, isCounter: true);
        double total = 0;
        int resets = 0, gaps = 0;
        for (int i = 1; i < points.Count; i++)
        {
            double delta = points[i].Value - points[i - 1].Value;
            if (delta < 0)
            {
                resets++;
                delta = points[i].Value;
            }

            if (points[i].Time - points[i - 1].Time > maxGap)
            {
                gaps++;
            }

            total += delta;
        }

        double observed = points.Count > 1 ? points[^1].Time - points[0].Time : 0;
        return new CounterTotal(total, resets, observed, observed / (end - start), points.Count, gaps);
    }

    /// <summary>Computes the time-weighted average of a gauge over the covered part of the window.</summary>
    /// <param name="samples">The gauge's samples in any order; non-finite values are ignored and for equal
    /// times the last one wins.</param>
    /// <param name="start">The window's start, t0.</param>
    /// <param name="end">The window's end, t1.</param>
    /// <param name="maxGap">Intervals longer than this are gaps, left out of both integral and duration.</param>
    /// <param name="interpolation">How the gauge behaves between samples.</param>
    /// <returns>The average, extremes and coverage.</returns>
    public static GaugeAverage GaugeAverage(
        IEnumerable<Sample> samples,
        double start,
        double end,
        double maxGap,
        GaugeInterpolation interpolation = GaugeInterpolation.Linear)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ValidateWindow(start, end, maxGap);

        var points = Clip(Normalize(samples), start, end, maxGap, isCounter: false);
        double integral = 0, covered = 0;
        int gaps = 0;
        for (int i = 1; i < points.Count; i++)
        {
            double dt = points[i].Time - points[i - 1].Time;
            if (dt > maxGap)
            {
                gaps++;
                continue;
            }

            double height = interpolation == GaugeInterpolation.Linear
                ? (points[i].Value + points[i - 1].Value) / 2
                : points[i - 1].Value;
            integral += height * dt;
            covered += dt;
        }

        double? min = points.Count > 0 ? points.Min(p => p.Value) : null;
        double? max = points.Count > 0 ? points.Max(p => p.Value) : null;
        double? average = covered > 0 ? integral / covered : null;
        return new GaugeAverage(average, min, max, covered, covered / (end - start), points.Count, gaps);
    }

    /// <summary>Sorts samples by time, drops non-finite values and keeps the last of equal times.</summary>
    internal static List<Sample> Normalize(IEnumerable<Sample> samples)
    {
        var sorted = samples
            .Select((sample, index) => (sample, index))
            .Where(x => double.IsFinite(x.sample.Time) && double.IsFinite(x.sample.Value))
            .OrderBy(x => x.sample.Time)
            .ThenBy(x => x.index)
            .Select(x => x.sample)
            .ToList();

        var result = new List<Sample>(sorted.Count);
        foreach (var sample in sorted)
        {
            if (result.Count > 0 && result[^1].Time == sample.Time)
            {
                result[^1] = sample;
                continue;
            }

            result.Add(sample);
        }

        return result;
    }

    /// <summary>Keeps the points inside the window and adds interpolated points at its edges where two
    /// samples straddle an edge closely enough (and, for counters, without a reset between them).</summary>
    internal static List<Sample> Clip(List<Sample> sorted, double start, double end, double maxGap, bool isCounter)
    {
        var points = new List<Sample>();
        AddEdge(points, sorted, start, maxGap, isCounter);
        foreach (var sample in sorted)
        {
            if (sample.Time > start && sample.Time < end)
            {
                points.Add(sample);
            }
        }

        AddEdge(points, sorted, end, maxGap, isCounter);
        return points;
    }

    private static void AddEdge(List<Sample> points, List<Sample> sorted, double edge, double maxGap, bool isCounter)
    {
        int after = sorted.FindIndex(s => s.Time >= edge);
        if (after < 0)
        {
            return;
        }

        if (sorted[after].Time == edge)
        {
            points.Add(sorted[after]);
            return;
        }

        if (after == 0)
        {
            return;
        }

        var left = sorted[after - 1];
        var right = sorted[after];
        bool tooFarApart = right.Time - left.Time > maxGap;
        bool reset = isCounter && right.Value < left.Value;
        if (tooFarApart || reset)
        {
            return;
        }

        double fraction = (edge - left.Time) / (right.Time - left.Time);
        points.Add(new Sample(edge, left.Value + (fraction * (right.Value - left.Value))));
    }

    private static void ValidateWindow(double start, double end, double maxGap)
    {
        if (!double.IsFinite(start) || !double.IsFinite(end) || end <= start)
        {
            throw new ArgumentException(
                $"The window must have a finite start before its end; got start '{start}' and end '{end}'.",
                nameof(end));
        }

        if (!(maxGap > 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxGap), maxGap, "The maximum gap must be a positive number of seconds.");
        }
    }
}
