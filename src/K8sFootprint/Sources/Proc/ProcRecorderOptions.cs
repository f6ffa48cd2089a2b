namespace K8sFootprint.Sources.Proc;

/// <summary>Where the /proc recorder keeps its files on the node and what it reads.</summary>
public sealed record ProcRecorderOptions
{
    /// <summary>Gets the directory on the node for the script and the recording.</summary>
    /// <value><c>/dev/shm</c>: a memory file system, so recording causes no disk writes.</value>
    public string WorkingDirectory { get; init; } = "/dev/shm";

    /// <summary>Gets the root of the proc file system to read.</summary>
    /// <value><c>/proc</c>.</value>
    public string ProcRoot { get; init; } = "/proc";

    /// <summary>Gets the root of the sys file system to read.</summary>
    /// <value><c>/sys</c>.</value>
    public string SysRoot { get; init; } = "/sys";

    /// <summary>Gets the time between launching the recorder and t0, during which the controller closes its
    /// connection, so that the window itself sees no traffic from the controller.</summary>
    /// <value>One second.</value>
    public TimeSpan StartDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets how long after t1 to wait for the recorder to write its last lines.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan FinishTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets how long after the nominal end of the window the controller first contacts the node. The
    /// recorder takes t0 a little after it is launched, so its t1 is a little later than the nominal end.</summary>
    /// <value>One second.</value>
    public TimeSpan FirstPollDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets how often to check, after t1, whether the recorder has finished.</summary>
    /// <value>One second.</value>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
