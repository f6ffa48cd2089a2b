namespace K8sFootprint.Nodes.Ssh;

/// <summary>
/// Builds the command line sent to the host. The caller's command runs under a wrapper shell that first writes
/// its process group to a file, so that a timeout or a cancellation can stop everything the command started on
/// the host (each SSH channel, and each sudo session, is a process group of its own; a process that detached
/// with setsid is not in it). Through sudo, the password goes on standard input, never on the command line.
/// </summary>
internal static class RemoteCommand
{
    private const string Wrapper =
        "read -r _ _ _ _ g _ < /proc/$$/stat; echo \"$g\" > \"$1\"; sh -c \"$2\"; r=$?; rm -f \"$1\"; exit $r";

    private const string KillGroup =
        "[ -r \"$1\" ] && g=$(cat \"$1\") && [ \"$g\" -gt 1 ] && kill -TERM -\"$g\" 2>/dev/null; rm -f \"$1\"; true";

    public static string Wrap(string command, string pidFile, SudoMode sudo) =>
        Sudo(sudo) + $"sh -c {ShellQuoting.Quote(Wrapper)} k8sfp {ShellQuoting.QuotePath(pidFile)} " +
            $"{ShellQuoting.Quote(command)}";

    /// <summary>Stops the process group named in the file.</summary>
    public static string KillTree(string pidFile, SudoMode sudo) =>
        Sudo(sudo) + $"sh -c {ShellQuoting.Quote(KillGroup)} k8sfp {ShellQuoting.QuotePath(pidFile)}";

    private static string Sudo(SudoMode sudo) => sudo switch
    {
        SudoMode.NoPassword => "sudo -n -- ",
        SudoMode.Password => "sudo -k -S -p '' -- ",
        _ => string.Empty,
    };
}
