namespace K8sFootprint.Benchmarking.Plans;

/// <summary>What a failed preflight check does to a target.</summary>
public enum PreflightPolicy
{
    /// <summary>The target fails before installing (the default).</summary>
    Enforce,

    /// <summary>The failed checks are reported and the install goes on, for hosts the distribution does not
    /// support officially.</summary>
    Warn,
}
