namespace K8sFootprint;

/// <summary>The codes of <see cref="MeasurementWarning"/>.</summary>
public static class WarningCodes
{
    /// <summary>Two consecutive samples were further apart than the maximum gap.</summary>
    public const string Gap = "gap";

    /// <summary>A gauge covered less than 90 % of the window.</summary>
    public const string LowCoverage = "low-coverage";

    /// <summary>A counter went down inside the window (a restart, a wrap, or a device that came back).</summary>
    public const string CounterReset = "counter-reset";

    /// <summary>The node's clock and the controller's differed by more than one sample interval.</summary>
    public const string ClockOffset = "clock-offset";

    /// <summary>The node rebooted inside the window.</summary>
    public const string Reboot = "reboot";

    /// <summary>No interface matched the external-network selection.</summary>
    public const string NoExternalInterface = "no-external-interface";

    /// <summary>No device matched the whole-disk selection.</summary>
    public const string NoDisk = "no-disk";

    /// <summary>A series or snapshot the metric needs was missing.</summary>
    public const string MissingData = "missing-data";

    /// <summary>A Prometheus query returned warnings; its result may be partial.</summary>
    public const string QueryWarning = "query-warning";

    /// <summary>A scheduled job (etcd snapshot, snap refresh, apt timer, telemetry, cron) ran inside the
    /// window.</summary>
    public const string BackgroundJob = "background-job";
}
