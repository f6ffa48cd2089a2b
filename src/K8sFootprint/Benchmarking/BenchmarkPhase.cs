namespace K8sFootprint.Benchmarking;

/// <summary>Where a plan's target is.</summary>
public enum BenchmarkPhase
{
    /// <summary>Waiting for an earlier target on the same host to finish.</summary>
    Queued,

    /// <summary>Connecting to the host.</summary>
    Connecting,

    /// <summary>Checking the host before installing.</summary>
    Preflight,

    /// <summary>Installing the distribution.</summary>
    Installing,

    /// <summary>Waiting for the node and its system pods to be ready.</summary>
    WaitingReady,

    /// <summary>Deploying the node exporter on the new cluster.</summary>
    DeployingExporter,

    /// <summary>Settling, measuring windows and pausing between runs; see
    /// <see cref="BenchmarkProgress.Measurement"/>.</summary>
    Measuring,

    /// <summary>Resetting the distribution after the runs.</summary>
    Resetting,

    /// <summary>All runs are stored.</summary>
    Completed,

    /// <summary>The result store already held every run; nothing was done.</summary>
    AlreadyComplete,

    /// <summary>A step failed; the failure is in the failure log and the plan went on.</summary>
    Failed,
}
