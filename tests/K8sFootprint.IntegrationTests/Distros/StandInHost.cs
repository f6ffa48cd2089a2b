using K8sFootprint.IntegrationTests.Infrastructure;
using K8sFootprint.IntegrationTests.Ssh;

namespace K8sFootprint.IntegrationTests.Distros;

/// <summary>
/// An SSH test host whose sshd runs in its own mount namespace, with overlays on /etc, /usr/local, /var/lib,
/// /var/tmp and /var/log whose writes land in the host's own directory: an installer may write anywhere it would
/// on Ubuntu without changing this machine. Stand-ins for systemctl and journalctl sit first on root's PATH.
/// </summary>
public sealed class StandInHost : SshTestHost
{
    private static readonly string[] Overlaid = ["etc", "usr/local", "var/lib", "var/tmp", "var/log"];

    public StandInHost()
        : this(6)
    {
    }

    // Not public: xunit builds a fixture through its one public constructor.
    internal StandInHost(int index)
        : base(index)
    {
    }

    public string UpperDirectory(string path) => $"{Directory}/upper/{path.TrimStart('/')}";

    public static string StandInFiles => Path.Combine(AppContext.BaseDirectory, "TestData", "standin-k3s");

    protected override string SshdCommand()
    {
        Prerequisite.Command("unshare", "mount");
        string mounts = string.Join(" && ", Overlaid.Select(d =>
            $"mkdir -p {Directory}/upper/{d} {Directory}/work/{d} && mount -t overlay overlay " +
            $"-o lowerdir=/{d},upperdir={Directory}/upper/{d},workdir={Directory}/work/{d} /{d}"));
        Sh.Run($"mkdir -p {Directory}/upper/usr/local/sbin && " +
               $"cp {StandInFiles}/systemctl {StandInFiles}/journalctl {Directory}/upper/usr/local/sbin/ && " +
               $"chmod 755 {Directory}/upper/usr/local/sbin/*");
        return $"unshare --mount --propagation private sh -c '{mounts} && exec {base.SshdCommand()}'";
    }
}
