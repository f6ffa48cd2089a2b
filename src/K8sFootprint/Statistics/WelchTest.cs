namespace K8sFootprint.Statistics;

/// <summary>Welch's two-sample t-test of equal means, two-sided, without assuming equal variances.</summary>
/// <param name="T">The statistic (x̄ − ȳ) / √(s²ₓ/nₓ + s²ᵧ/nᵧ); infinite when both samples are constant
/// and their means differ.</param>
/// <param name="DegreesOfFreedom">The Welch–Satterthwaite degrees of freedom; infinite when both samples are
/// constant.</param>
/// <param name="PValue">The two-sided p-value, I_{ν/(ν+t²)}(ν/2, 1/2) through the regularized incomplete beta
/// function, which keeps tiny p-values.</param>
/// <param name="DifferenceLow">The lower end of the 95 % interval for x̄ − ȳ.</param>
/// <param name="DifferenceHigh">The upper end of the 95 % interval for x̄ − ȳ.</param>
public sealed record WelchTest(
    double T,
    double DegreesOfFreedom,
    double PValue,
    double DifferenceLow,
    double DifferenceHigh);
