namespace K8sFootprint.Charts.Internal;

/// <summary>The unit an axis shows its values in: bytes in the binary multiple that suits the largest value,
/// cores as cores, percent as %, anything else as it is.</summary>
/// <param name="Divisor">What a value in the metric's unit is divided by.</param>
/// <param name="Label">The unit's name on the axis.</param>
internal sealed record AxisUnit(double Divisor, string Label)
{
    private static readonly string[] ByteUnits = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

    /// <summary>One mebibyte, the unit of memory over time.</summary>
    public static AxisUnit Mebibytes { get; } = new(1024 * 1024, "MiB");

    /// <summary>Chooses the unit for values of a metric's unit whose largest magnitude is given.</summary>
    public static AxisUnit For(string unit, double largest)
    {
        if (unit == "bytes")
        {
            int index = 0;
            double divisor = 1;
            while (Math.Abs(largest) / divisor >= 1024 && index < ByteUnits.Length - 1)
            {
                divisor *= 1024;
                index++;
            }

            return new AxisUnit(divisor, ByteUnits[index]);
        }

        return new AxisUnit(1, unit == "percent" ? "%" : unit);
    }
}
