namespace K8sFootprint.Nodes;

/// <summary>What a command run on a node produced.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StandardOutput">Everything written to standard output.</param>
/// <param name="StandardError">Everything written to standard error.</param>
/// <param name="Duration">Wall time from start to exit, on the controller.</param>
public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    /// <summary>Gets a value indicating whether the command exited with code zero.</summary>
    public bool Succeeded => ExitCode == 0;
}
