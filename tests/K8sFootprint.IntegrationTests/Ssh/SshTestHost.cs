using System.Net.Sockets;
using K8sFootprint.IntegrationTests.Infrastructure;
using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.IntegrationTests.Ssh;

/// <summary>
/// A test host: a network namespace with its own address on a veth pair, running a real OpenSSH server with a
/// host key made by the test. Users: root (key) and <see cref="User"/> (password, sudo with password).
/// </summary>
public class SshTestHost : IDisposable
{
    public const string User = "k8sfpuser";
    public const string UserPassword = "Pa55-word!k8sfp";
    public const string KeyPassphrase = "correct horse k8sfp";

    private static readonly string KeysDirectory = "/tmp/k8sfp-ssh-keys";
    private static readonly Lock SetupLock = new();

    protected SshTestHost(int index)
    {
        Prerequisite.Root();
        Prerequisite.Command("ip", "sshd", "ssh-keygen", "sudo", "useradd", "chpasswd");
        Index = index;
        Directory = $"/tmp/k8sfp-ssh{index}";
        lock (SetupLock)
        {
            CreateKeysAndUser();
        }

        Stop();
        Sh.TryRun($"ip link del {Veth}; ip netns del {Namespace}");
        Sh.Run($"rm -rf {Directory} && mkdir -p {Directory} /run/sshd");
        Sh.Run($"ip netns add {Namespace} && ip link add {Veth} type veth peer name {PeerVeth}" +
               $" && ip link set {PeerVeth} netns {Namespace}" +
               $" && sysctl -qw net.ipv6.conf.{Veth}.disable_ipv6=1" +
               $" && ip netns exec {Namespace} sysctl -qw net.ipv6.conf.{PeerVeth}.disable_ipv6=1" +
               $" && ip addr add 10.214.{index}.1/30 dev {Veth} && ip link set {Veth} up" +
               $" && ip -n {Namespace} addr add {Address}/30 dev {PeerVeth}" +
               $" && ip -n {Namespace} link set {PeerVeth} up" +
               $" && ip -n {Namespace} link set lo up");
        NewHostKey();
        Start();
    }

    public int Index { get; }

    public string Directory { get; }

    public string Namespace => $"k8sfp-ssh{Index}";

    public string Veth => $"k8sfps{Index}a";

    public string PeerVeth => $"k8sfps{Index}b";

    public string Address => $"10.214.{Index}.2";

    public static string ClientKey => $"{KeysDirectory}/id_ed25519";

    public static string EncryptedClientKey => $"{KeysDirectory}/id_encrypted";

    public static string WrongClientKey => $"{KeysDirectory}/id_wrong";

    public string Fingerprint => Sh.Run($"ssh-keygen -lf {Directory}/host_key.pub -E sha256").Split(' ')[1];

    public string KnownHostsFile(bool hashed)
    {
        string path = $"{Directory}/known_hosts{(hashed ? ".hashed" : string.Empty)}";
        Sh.Run($"echo \"other.example {File.ReadAllText($"{Directory}/host_key.pub").Trim()}\" > {path}" +
               $" && echo \"{Address} $(cat {Directory}/host_key.pub)\" >> {path}");
        if (hashed)
        {
            Sh.Run($"ssh-keygen -q -H -f {path} && rm -f {path}.old");
        }

        return path;
    }

    public SshNodeOptions RootOptions(HostKeyPolicy? policy = null) => new()
    {
        Host = Address,
        User = "root",
        Credentials = SshCredentials.FromPrivateKeyFile(ClientKey),
        HostKeys = policy ?? HostKeyPolicy.Pinned(Fingerprint),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    };

    public SshNodeOptions UserOptions(HostKeyPolicy? policy = null) => new()
    {
        Host = Address,
        User = User,
        Credentials = SshCredentials.FromPassword(UserPassword),
        HostKeys = policy ?? HostKeyPolicy.Pinned(Fingerprint),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    };

    public void NewHostKey() =>
        Sh.Run($"rm -f {Directory}/host_key {Directory}/host_key.pub" +
               $" && ssh-keygen -q -t ed25519 -N '' -f {Directory}/host_key");

    public virtual void Start()
    {
        File.WriteAllText($"{Directory}/sshd_config", string.Join('\n',
            $"ListenAddress {Address}", "Port 22", $"HostKey {Directory}/host_key", $"PidFile {Directory}/sshd.pid",
            $"AuthorizedKeysFile {KeysDirectory}/authorized_keys", "PermitRootLogin yes", "PasswordAuthentication yes",
            "KbdInteractiveAuthentication no", "UsePAM no", "StrictModes no", "Subsystem sftp internal-sftp",
            "LogLevel ERROR", string.Empty));
        Sh.Run(SshdCommand());
        WaitUntilListening();
    }

    /// <summary>The command that starts this host's sshd in its network namespace.</summary>
    protected virtual string SshdCommand() =>
        $"ip netns exec {Namespace} $(command -v sshd || echo /usr/sbin/sshd) -f {Directory}/sshd_config";

    public void Stop() =>
        Sh.TryRun($"[ -f {Directory}/sshd.pid ] && kill $(cat {Directory}/sshd.pid); rm -f {Directory}/sshd.pid");

    /// <summary>Kills the listener and every session process of this host's sshd.</summary>
    public void Kill() => Sh.TryRun($"ip netns pids {Namespace} | xargs -r kill -9; rm -f {Directory}/sshd.pid");

    public ulong PeerBytes() => Sh.Number(
        $"ip netns exec {Namespace} sh -c 'echo $(( $(cat /sys/class/net/{PeerVeth}/statistics/rx_bytes) + " +
        $"$(cat /sys/class/net/{PeerVeth}/statistics/tx_bytes) ))'");

    public void Dispose()
    {
        Kill();
        Sh.TryRun($"ip link del {Veth}; ip netns del {Namespace}; rm -rf {Directory}");
        GC.SuppressFinalize(this);
    }

    private static void CreateKeysAndUser()
    {
        if (File.Exists($"{KeysDirectory}/authorized_keys"))
        {
            return;
        }

        Sh.Run($"mkdir -p {KeysDirectory} && cd {KeysDirectory}" +
               " && ssh-keygen -q -t ed25519 -N '' -f id_ed25519 && ssh-keygen -q -t ed25519 -N '' -f id_wrong" +
               $" && ssh-keygen -q -t ed25519 -N '{KeyPassphrase}' -f id_encrypted" +
               " && cat id_ed25519.pub id_encrypted.pub > authorized_keys && chmod 644 authorized_keys && chmod 755 .");
        Sh.Run($"id {User} >/dev/null 2>&1 || useradd -m -s /bin/sh {User}");
        Sh.Run($"echo '{User}:{UserPassword}' | chpasswd && echo '{User} ALL=(ALL) ALL' > /etc/sudoers.d/{User}" +
               $" && chmod 440 /etc/sudoers.d/{User}");
    }

    private void WaitUntilListening()
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(Address, 22);
                return;
            }
            catch (SocketException)
            {
                Thread.Yield();
                Sh.Run("sleep 0.1");
            }
        }

        throw new InvalidOperationException($"sshd in {Namespace} did not start listening on {Address}:22.");
    }
}
