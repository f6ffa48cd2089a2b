using System.Globalization;
using K8sFootprint.Nodes;

namespace K8sFootprint.Distros.Internal;

/// <summary>Reads everything preflight needs from the host in one command, as <c>key=value</c> lines, and checks
/// it against a distribution's requirements.</summary>
internal static class HostProbe
{
    public const string Command = """
        if [ -r /etc/os-release ]; then . /etc/os-release; fi; echo "os=${ID:-unknown} ${VERSION_ID:-}"
        echo "cpus=$(nproc)"
        echo "memory=$(awk '/^MemTotal:/ {printf "%.0f", $2 * 1024}' /proc/meminfo)"
        echo "disk=$(df -B1 --output=avail /var 2>/dev/null | tail -n 1 | tr -d ' ')"
        echo "swap=$(awk 'NR > 1 {n++} END {print n + 0}' /proc/swaps)"
        echo "cgroup=$(stat -fc %T /sys/fs/cgroup 2>/dev/null)"
        echo "tcp=$(ss -Hltn 2>/dev/null | awk '{n = split($4, a, ":"); print a[n]}' | sort -un | tr '\n' ' ')"
        echo "udp=$(ss -Hlun 2>/dev/null | awk '{n = split($4, a, ":"); print a[n]}' | sort -un | tr '\n' ' ')"
        for m in overlay br_netfilter; do
          found=no
          if grep -qs "^$m " /proc/modules || modprobe -n -q "$m" 2>/dev/null; then found=yes; fi
          echo "module.$m=$found"
        done
        echo "apparmor=$(cat /sys/module/apparmor/parameters/enabled 2>/dev/null)"
        for c in apparmor_parser curl containerd docker snap systemctl; do
          if command -v "$c" >/dev/null 2>&1; then echo "command.$c=yes"; else echo "command.$c=no"; fi
        done
        route=no; if ip route show default 2>/dev/null | grep -q .; then route=yes; fi; echo "default-route=$route"
        socket=no; if [ -S /run/containerd/containerd.sock ]; then socket=yes; fi; echo "containerd-socket=$socket"
        """;

    public static Dictionary<string, string> Parse(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.Ordinal);

    public static List<PreflightCheck> Check(Dictionary<string, string> facts, HostRequirements needs)
    {
        var checks = new List<PreflightCheck>();
        string os = facts.GetValueOrDefault("os", "unknown");
        checks.Add(os switch
        {
            "ubuntu 24.04" => Pass("os", "Ubuntu 24.04"),
            _ when os.StartsWith("ubuntu ", StringComparison.Ordinal) =>
                Warn("os", $"{os}; the study's hosts run Ubuntu 24.04"),
            _ => Fail("os", $"expected Ubuntu; got '{os}'"),
        });

        int cpus = Int(facts, "cpus");
        checks.Add(cpus >= needs.MinCpus
            ? Pass("cpus", $"{cpus}")
            : Fail("cpus", $"expected at least {needs.MinCpus}; got {cpus}"));

        long memory = Long(facts, "memory");
        checks.Add(memory < needs.MinMemoryBytes * 0.85
            ? Fail("memory", $"expected at least {Gb(needs.MinMemoryBytes)}; got {Gb(memory)}")
            : memory < needs.MinMemoryBytes
            ? Warn("memory", $"{Gb(memory)}, a little under the documented {Gb(needs.MinMemoryBytes)}")
            : memory < needs.RecommendedMemoryBytes
            ? Warn("memory", $"{Gb(memory)}, under the recommended {Gb(needs.RecommendedMemoryBytes.Value)}")
            : Pass("memory", Gb(memory)));

        long disk = Long(facts, "disk");
        checks.Add(disk >= needs.MinFreeDiskBytes
            ? Pass("disk", $"{Gb(disk)} free on /var")
            : Fail("disk", $"expected at least {Gb(needs.MinFreeDiskBytes)} free on /var; got {Gb(disk)}"));

        int swaps = Int(facts, "swap");
        checks.Add(swaps == 0
            ? Pass("swap", "off")
            : needs.SwapOff
            ? Warn("swap", $"{swaps} swap area(s) on; the install turns swap off")
            : Warn("swap", $"{swaps} swap area(s) on; memory figures then include swapping"));

        checks.Add(facts.GetValueOrDefault("cgroup") == "cgroup2fs"
            ? Pass("cgroup", "cgroup v2")
            : Fail("cgroup",
                $"expected cgroup v2 (cgroup2fs) on /sys/fs/cgroup; got '{facts.GetValueOrDefault("cgroup")}'"));

        checks.Add(facts.GetValueOrDefault("default-route") == "yes"
            ? Pass("default route", "present")
            : Warn("default route", "none; K3s, RKE2 and Canonical Kubernetes need one even offline (a dummy route " +
                "will do)"));

        checks.AddRange(Ports(facts, "tcp", needs.TcpPorts));
        checks.AddRange(Ports(facts, "udp", needs.UdpPorts));
        foreach (string module in needs.Modules)
        {
            checks.Add(facts.GetValueOrDefault($"module.{module}") == "yes"
                ? Pass($"module {module}", "loadable")
                : Fail($"module {module}", "expected the kernel module to be loaded or loadable"));
        }

        return checks;
    }

    /// <summary>With AppArmor on, containerd-based distributions need apparmor_parser (package apparmor).</summary>
    public static PreflightCheck AppArmorParser(IReadOnlyDictionary<string, string> facts, string consequence)
    {
        bool apparmor = facts.GetValueOrDefault("apparmor") == "Y";
        return !apparmor || facts.GetValueOrDefault("command.apparmor_parser") == "yes"
            ? Pass("apparmor_parser", apparmor ? "present" : "AppArmor off")
            : Fail("apparmor_parser",
                $"AppArmor is on, so apparmor_parser (package apparmor) is needed; {consequence}");
    }

    public static bool Has(Dictionary<string, string> facts, string command) =>
        facts.GetValueOrDefault($"command.{command}") == "yes";

    public static PreflightCheck Pass(string name, string detail) => new(name, PreflightOutcome.Pass, detail);

    public static PreflightCheck Warn(string name, string detail) => new(name, PreflightOutcome.Warn, detail);

    public static PreflightCheck Fail(string name, string detail) => new(name, PreflightOutcome.Fail, detail);

    private static IEnumerable<PreflightCheck> Ports(
        Dictionary<string, string> facts, string protocol, IReadOnlyList<int> ports)
    {
        var open = facts.GetValueOrDefault(protocol, string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1)
            .ToHashSet();
        var busy = ports.Where(open.Contains).ToList();
        if (ports.Count > 0)
        {
            yield return busy.Count == 0
                ? Pass($"{protocol} ports", string.Join(", ", ports) + " free")
                : Fail($"{protocol} ports", $"expected {string.Join(", ", busy)} to be free; something listens there");
        }
    }

    private static int Int(Dictionary<string, string> facts, string key) =>
        int.TryParse(facts.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;

    private static long Long(Dictionary<string, string> facts, string key) =>
        long.TryParse(facts.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out long n)
            ? n
            : 0;

    private static string Gb(long bytes) =>
        (bytes / 1e9).ToString("0.0", CultureInfo.InvariantCulture) + " GB";
}
