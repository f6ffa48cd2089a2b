using K8sFootprint.Distros;
using static K8sFootprint.Tests.Distros.ScriptedNodeShell;

namespace K8sFootprint.Tests.Distros;

/// <summary>A fresh Ubuntu 24.04 host (2 CPUs, 4 GiB, cgroup v2, nothing listening) that becomes a working node
/// of the distribution once its install and start steps have run.</summary>
internal static class UbuntuHost
{
    public const string Facts = """
        os=ubuntu 24.04
        cpus=2
        memory=4109549568
        disk=40000000000
        swap=0
        cgroup=cgroup2fs
        tcp=22 53
        udp=53
        module.overlay=yes
        module.br_netfilter=yes
        apparmor=Y
        command.apparmor_parser=yes
        command.curl=yes
        command.containerd=no
        command.docker=no
        command.snap=yes
        command.systemctl=yes
        containerd-socket=no
        """;

    public const string ReadyNodes = "ubuntu-test True\n";

    public const string ReadyPods = "coredns-1 Running True \nmetrics-server-2 Running True \n";

    /// <summary>The answers a host gives for each distribution's version command once installed.</summary>
    public static string VersionOutput(DistroKind kind, string version) => kind switch
    {
        DistroKind.K3s => $"k3s version {version} (a1b2c3d4)\ngo version go1.25.5\n",
        DistroKind.Rke2 => $"rke2 version {version} (a1b2c3d4)\ngo version go1.25.5\n",
        DistroKind.K0s => $"{version}\n",
        DistroKind.Kubeadm => $"v{version}\n",
        _ => "Name  Version  Rev   Tracking  Publisher   Notes\n" +
            $"k8s   v1.36.1  4321  {version}  canonical✓  classic\n",
    };

    /// <summary>Builds the host. The distribution counts as installed after the step that matches
    /// <paramref name="installPattern"/> and as running after the one that matches
    /// <paramref name="startPattern"/>.</summary>
    public static ScriptedNodeShell Fresh(IDistroInstaller installer, string installPattern, string startPattern)
    {
        bool installed = false, running = false;
        string version = installer.Plan(new InstallOptions()).Version;
        var shell = new ScriptedNodeShell()
            .On(@"^(test -[fx]|command -v)", _ => installed ? Ok() : Fail(1, string.Empty))
            .On(@"^! ", _ => installed ? Fail(1, string.Empty) : Ok())
            .On(@"^snap list k8s", _ => installed
                ? Ok(VersionOutput(installer.Kind, version))
                : Fail(1, "error: no matching snaps installed"))
            .On("os-release", Ok(Facts))
            .On(installPattern, _ => { installed = true; return Ok(); })
            .On(startPattern, _ => { installed = true; running = true; return Ok(); })
            .On(@"get.*nodes", _ => running ? Ok(ReadyNodes) : Fail(1, "The connection to the server was refused"))
            .On(@"get.*pods", _ => running ? Ok(ReadyPods) : Fail(1, "The connection to the server was refused"))
            .On(@"is-active|k8s status|test -f /etc/kubernetes/admin.conf",
                _ => running ? Ok() : Fail(3, "inactive"))
            .On("^" + Escape(VersionCommand(installer.Kind)) + "$",
                _ => installed ? Ok(VersionOutput(installer.Kind, version)) : Fail(127, "not found"));
        return shell;
    }

    public static string VersionCommand(DistroKind kind) => kind switch
    {
        DistroKind.K3s => "k3s --version",
        DistroKind.Rke2 => "/usr/local/bin/rke2 --version",
        DistroKind.K0s => "k0s version",
        DistroKind.Kubeadm => "kubeadm version -o short",
        _ => "snap list k8s",
    };

    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
