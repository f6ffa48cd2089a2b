namespace K8sFootprint.Statistics;

/// <summary>A 95 % interval for a ratio of means. When the baseline mean is not clearly non-zero the interval is
/// unbounded and both ends are <see langword="null"/>.</summary>
/// <param name="Low">The lower end, or <see langword="null"/> when unbounded.</param>
/// <param name="High">The upper end, or <see langword="null"/> when unbounded.</param>
/// <param name="DegreesOfFreedom">The degrees of freedom the t quantile used (Fieller); infinite for constant
/// samples; <see langword="null"/> for the bootstrap.</param>
/// <param name="Method">How the interval was computed: <c>fieller</c> or <c>bootstrap</c>.</param>
public sealed record RatioInterval(double? Low, double? High, double? DegreesOfFreedom, string Method)
{
    /// <summary>Gets a value indicating whether both ends are finite.</summary>
    public bool IsBounded => Low is not null && High is not null;

    /// <summary>Gets a value indicating whether the interval lies wholly above or wholly below one.</summary>
    public bool ExcludesOne => Low > 1 || High < 1;
}
