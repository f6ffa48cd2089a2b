namespace K8sFootprint.Statistics;

/// <summary>What a comparison against the baseline says.</summary>
public enum Verdict
{
    /// <summary>The whole 95 % interval of the ratio lies below one.</summary>
    Less,

    /// <summary>The whole 95 % interval of the ratio lies above one.</summary>
    More,

    /// <summary>The interval contains one, or is unbounded.</summary>
    NoClearDifference,

    /// <summary>Either side has fewer than two runs.</summary>
    NotEnoughRuns,

    /// <summary>The baseline's mean is zero, so there is no ratio.</summary>
    NoRatio,
}
