namespace K8sFootprint.Statistics;

/// <summary>Input checks shared by the across-run statistics.</summary>
internal static class Guard
{
    /// <summary>Throws when a value is NaN or infinite, naming its run.</summary>
    public static void Finite(IReadOnlyList<double> values, string parameter)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"Run {i + 1} has the value '{values[i]}'; expected a finite number.", parameter);
            }
        }
    }
}
