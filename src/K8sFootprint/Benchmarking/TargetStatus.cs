namespace K8sFootprint.Benchmarking;

/// <summary>How a plan's target ended.</summary>
public enum TargetStatus
{
    /// <summary>Every planned run is stored; this call measured some of them.</summary>
    Completed,

    /// <summary>The result store already held every planned run.</summary>
    AlreadyComplete,

    /// <summary>A step failed; runs stored before it are kept and a re-run resumes.</summary>
    Failed,
}
