namespace K8sFootprint.Nodes.Ssh;

/// <summary>
/// Builds the command line sent to the host. The caller's command runs under a wrapper shell that writes its
/// process id to a file first, so that a timeout or a cancellation can stop the command's whole process tree
/// on the host. Through sudo, the password goes on standard input, never on the command line.
/// </summary>
internal static class RemoteCommand
{
    private const string Wrapper = "echo $$ > \"$1\"; sh -c \"$2\"; r=$?; rm -f \"$1\"; exit $r";

    private const string KillFunction =
        "k() { for s in /proc/[0-9]*/stat; do read -r p c st pp r < \"$s\" 2>/dev/null || continue; " +
        "[ \"$pp\" = \"$1\" ] && k \"$p\"; done; kill -TERM \"$1\" 2>/dev/null; }; " +
        "[ -r \"$1\" ] && k \"$(cat \"$1\")\"; rm -f \"$1\"";

    public static string Wrap(string command, string pidFile, SudoMode sudo) =>
        Sudo(sudo) + $"sh -c {ShellQuoting.Quote(Wrapper)} k8sfp {ShellQuoting.QuotePath(pidFile)} {ShellQuoting.Quote(command)}";

    /// <summary>Stops the wrapper named in the pid file and all its descendants, walking /proc.</summary>
    public static string KillTree(string pidFile, SudoMode sudo) =>
        Sudo(sudo) + $"sh -c {ShellQuoting.Quote(KillFunction)} k8sfp {ShellQuoting.QuotePath(pidFile)}";

    private static string Sudo(SudoMode sudo) => sudo switch
    {
        SudoMode.NoPassword => "sudo -n -- ",
        SudoMode.Password => "sudo -k -S -p '' -- ",
        _ => string.Empty,
    };
}
