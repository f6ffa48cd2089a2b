namespace K8sFootprint.Benchmarking.Plans;

/// <summary>This machine.</summary>
public sealed record LocalPlanHost : PlanHost
{
    internal LocalPlanHost()
    {
    }

    /// <inheritdoc/>
    public override string Key => "local";
}
