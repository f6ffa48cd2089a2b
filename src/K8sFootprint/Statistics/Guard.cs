namespace K8sFootprint.Statistics;

/// <summary>Input checks shared by the across-run statistics.</summary>
internal static class Guard
{
    /// <summary>The largest magnitude accepted: squares and sums of squares of larger values overflow.</summary>
    public const double MaxMagnitude = 1e150;

    /// <summary>Throws when a value is NaN, infinite or beyond ±1e150, naming its run.</summary>
    public static void Finite(IReadOnlyList<double> values, string parameter)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]) || Math.Abs(values[i]) > MaxMagnitude)
            {
                throw new ArgumentException(
                    $"Run {i + 1} has the value '{values[i]}'; expected a finite number between -1e150 and 1e150.",
                    parameter);
            }
        }
    }
}
