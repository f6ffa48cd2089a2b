namespace K8sFootprint.Measurement;

/// <summary>CPU over the window. Busy = user + nice + system + irq + softirq; guest time is inside user and
/// nice and is not added again. Rates are per second of observed time, so "cores" means CPU-seconds per
/// second.</summary>
/// <param name="Cores">Logical CPUs of the node (the capacity).</param>
/// <param name="BusyCores">Average busy cores.</param>
/// <param name="BusyPercent">Busy cores as a percentage of capacity.</param>
/// <param name="IowaitCores">Average cores waiting for i/o (not busy).</param>
/// <param name="StealCores">Average cores taken by the hypervisor (not busy).</param>
/// <param name="NonIdleCores">The dashboard figure: capacity × (1 − idle share); includes iowait and steal.</param>
/// <param name="NonIdlePercent">The dashboard figure as a percentage of capacity.</param>
/// <param name="BusySeconds">Busy CPU-seconds counted in the window.</param>
/// <param name="Coverage">Observed time as a fraction of the window.</param>
public sealed record CpuFootprint(
    int Cores,
    double? BusyCores,
    double? BusyPercent,
    double? IowaitCores,
    double? StealCores,
    double? NonIdleCores,
    double? NonIdlePercent,
    double BusySeconds,
    double Coverage);
