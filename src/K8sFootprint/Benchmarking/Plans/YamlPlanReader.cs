using System.Globalization;
using K8sFootprint.Distros;
using K8sFootprint.Distros.Kairos;
using K8sFootprint.Distros.Talos;
using K8sFootprint.Nodes.Ssh;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>Walks a plan's YAML tree into a <see cref="BenchmarkPlan"/>, remembering the line of every field so that
/// errors found later can point at it.</summary>
internal sealed partial class YamlPlanReader(string baseDirectory, string origin, Func<string, string?> environment)
{
    private static readonly string[] PlanKeys =
    [
        "name", "targets", "runs", "window", "interval", "settle", "pause", "baseline", "output", "reset",
        "readyTimeout", "deployTimeout",
    ];

    private static readonly string[] TargetKeys =
        [
            "name", "host", "distro", "version", "offline", "readyTimeout", "stepTimeout", "reset", "source", "kairos",
            "preflight",
        ];

    private static readonly string[] SecretKeys = ["password", "passphrase", "sudoPassword", "token", "secret"];

    private readonly Dictionary<string, Mark> _marks = new(StringComparer.Ordinal);

    public string LineOf(string field)
    {
        for (string path = field; path.Length > 0; path = Parent(path))
        {
            if (_marks.TryGetValue(path, out var mark))
            {
                return string.Create(CultureInfo.InvariantCulture, $" line {mark.Line}");
            }
        }

        return string.Empty;
    }

    public BenchmarkPlan Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            throw BenchmarkPlanException.For("targets", $"{origin} is empty; expected at least 'targets'.");
        }

        var root = Map(stream.Documents[0].RootNode, "(plan)");
        Known(root, string.Empty, PlanKeys);
        var defaults = new BenchmarkPlan { Targets = [] };
        var targetsNode = Child(root, string.Empty, "targets")
            ?? throw BenchmarkPlanException.For("targets", "expected a list of targets.");
        if (targetsNode is not YamlSequenceNode targets)
        {
            throw Error("targets", targetsNode, "expected a list of targets (each item starting with '- ').");
        }

        var ready = Duration(root, string.Empty, "readyTimeout");
        return new BenchmarkPlan
        {
            Name = Text(root, string.Empty, "name") ?? defaults.Name,
            Targets = [.. targets.Children.Select((node, i) =>
                Target(Mark(node, $"targets[{i}]"), $"targets[{i}]", ready))],
            Runs = Int(root, string.Empty, "runs") ?? defaults.Runs,
            Window = Duration(root, string.Empty, "window") ?? defaults.Window,
            Interval = Duration(root, string.Empty, "interval") ?? defaults.Interval,
            Settle = Duration(root, string.Empty, "settle") ?? defaults.Settle,
            Pause = Duration(root, string.Empty, "pause") ?? defaults.Pause,
            Baseline = Text(root, string.Empty, "baseline"),
            Output = FilePath(root, string.Empty, "output") ?? Path.Combine(baseDirectory, defaults.Output),
            Reset = Bool(root, string.Empty, "reset") ?? defaults.Reset,
            DeployTimeout = Duration(root, string.Empty, "deployTimeout") ?? defaults.DeployTimeout,
        };
    }

    private PlanTarget Target(YamlNode node, string path, TimeSpan? planReady)
    {
        var map = Map(node, path);
        Known(map, path, TargetKeys);
        string? distroText = Text(map, path, "distro");
        DistroKind? distro = null;
        if (distroText is not null && !distroText.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                distro = DistroInstallers.Parse(distroText);
            }
            catch (ArgumentException)
            {
                throw Error($"{path}.distro", map,
                    $"expected one of {string.Join(", ", DistroInstallers.KnownNames)} " +
                    $"or none; got '{distroText}'.");
            }
        }

        var hostNode = Child(map, path, "host") ?? throw BenchmarkPlanException.For($"{path}.host",
            "expected a host: local, or ssh: with address, user and key.");
        var host = Host(hostNode, $"{path}.host");
        var install = new InstallOptions();
        return new PlanTarget
        {
            Name = Text(map, path, "name") ?? string.Empty,
            Host = host,
            Distro = distro,
            Install = install with
            {
                Version = Text(map, path, "version"),
                OfflineArtifacts = FilePath(map, path, "offline"),
                ReadyTimeout = Duration(map, path, "readyTimeout") ?? planReady ?? install.ReadyTimeout,
                StepTimeout = Duration(map, path, "stepTimeout") ?? install.StepTimeout,
            },
            Kairos = Child(map, path, "kairos") is { } kairos ? Kairos(kairos, $"{path}.kairos", host) : null,
            Source = Child(map, path, "source") is { } source
                ? Source(source, $"{path}.source")
                : PlanSource.ProcRecorder,
            Reset = Bool(map, path, "reset"),
            Preflight = Text(map, path, "preflight") switch
            {
                null or "enforce" => PreflightPolicy.Enforce,
                "warn" => PreflightPolicy.Warn,
                var other => throw Error($"{path}.preflight", map, $"expected enforce or warn; got '{other}'."),
            },
        };
    }

    private PlanHost Host(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: "local" })
        {
            return PlanHost.Local;
        }

        if (node is YamlScalarNode other)
        {
            throw Error(path, node, $"expected 'local', or ssh: or talos: with their fields; got '{other.Value}'.");
        }

        var map = Map(node, path);
        Known(map, path, "local", "ssh", "talos");
        if (map.Children.Count != 1)
        {
            throw Error(path, node, "expected exactly one of local, ssh or talos.");
        }

        var (key, value) = map.Children.Single();
        return ((YamlScalarNode)key).Value switch
        {
            "ssh" => PlanHost.Ssh(Ssh(Map(value, $"{path}.ssh"), $"{path}.ssh")),
            "talos" => Talos(Map(value, $"{path}.talos"), $"{path}.talos"),
            _ => PlanHost.Local,
        };
    }

    private SshNodeOptions Ssh(YamlMappingNode map, string path)
    {
        Known(map, path, "address", "port", "user", "key", "passphraseEnv", "passwordEnv", "sudoPasswordEnv",
            "hostKey", "knownHosts", "trustOnFirstUse", "connectTimeout");
        string address = Text(map, path, "address") ?? throw BenchmarkPlanException.For($"{path}.address",
            "expected the host's name or IP address.");
        var options = new SshNodeOptions
        {
            Host = address,
            User = Text(map, path, "user") ?? throw BenchmarkPlanException.For($"{path}.user", "expected a user name."),
            Credentials = Credentials(map, path, required: true)!,
            HostKeys = HostKeys(map, path) ?? throw BenchmarkPlanException.For($"{path}.hostKey",
                "expected how to check the host's key: hostKey (SHA256 fingerprint), knownHosts (a file) or " +
                "trustOnFirstUse: true."),
            SudoPassword = Secret(map, path, "sudoPasswordEnv"),
            DisplayName = address,
        };
        return options with
        {
            Port = Int(map, path, "port") ?? options.Port,
            ConnectTimeout = Duration(map, path, "connectTimeout") ?? options.ConnectTimeout,
        };
    }

    private SshCredentials? Credentials(YamlMappingNode map, string path, bool required)
    {
        string? key = FilePath(map, path, "key");
        string? password = Secret(map, path, "passwordEnv");
        if (key is not null && password is not null)
        {
            throw BenchmarkPlanException.For($"{path}.passwordEnv", "expected either key or passwordEnv, not both.");
        }

        if (key is not null)
        {
            try
            {
                return SshCredentials.FromPrivateKeyFile(key, Secret(map, path, "passphraseEnv"));
            }
            catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException
                or K8sFootprintException)
            {
                string message = ex is ArgumentException argument ? PlanValidation.Message(argument) : ex.Message;
                throw new BenchmarkPlanException($"Plan field '{path}.key': {message}", ex)
                {
                    Field = $"{path}.key",
                    Step = "plan",
                };
            }
        }

        return password is not null ? SshCredentials.FromPassword(password)
            : required ? throw BenchmarkPlanException.For($"{path}.key",
                "expected a private key file (key) or the environment variable of a password (passwordEnv).")
            : null;
    }

    private HostKeyPolicy? HostKeys(YamlMappingNode map, string path)
    {
        var pinned = Child(map, path, "hostKey");
        string? knownHosts = FilePath(map, path, "knownHosts");
        bool trust = Bool(map, path, "trustOnFirstUse") ?? false;
        int given = (pinned is null ? 0 : 1) + (knownHosts is null ? 0 : 1) + (trust ? 1 : 0);
        if (given > 1)
        {
            throw BenchmarkPlanException.For($"{path}.hostKey",
                "expected one of hostKey, knownHosts or trustOnFirstUse, not several.");
        }

        try
        {
            return pinned switch
            {
                YamlScalarNode { Value: { } one } => HostKeyPolicy.Pinned(one),
                YamlSequenceNode many => HostKeyPolicy.Pinned(
                    [.. many.Children.Select(c => (c as YamlScalarNode)?.Value ?? string.Empty)]),
                not null => throw Error($"{path}.hostKey", pinned, "expected a fingerprint or a list of them."),
                _ when knownHosts is not null => HostKeyPolicy.KnownHosts(knownHosts),
                _ when trust => HostKeyPolicy.TrustOnFirstUse(),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            string field = pinned is null ? $"{path}.knownHosts" : $"{path}.hostKey";
            throw new BenchmarkPlanException($"Plan field '{field}': {ex.Message}", ex)
            {
                Field = field,
                Step = "plan",
            };
        }
    }

    private TalosPlanHost Talos(YamlMappingNode map, string path)
    {
        Known(map, path, "address", "secrets", "talosctl", "kubectl", "installDisk", "clusterName");
        var options = new TalosOptions
        {
            SecretsDirectory = FilePath(map, path, "secrets") ?? string.Empty,
            InstallDisk = Text(map, path, "installDisk"),
        };
        return new TalosPlanHost(Text(map, path, "address") ?? string.Empty, options with
        {
            Talosctl = Text(map, path, "talosctl") ?? options.Talosctl,
            Kubectl = Text(map, path, "kubectl") ?? options.Kubectl,
            ClusterName = Text(map, path, "clusterName") ?? options.ClusterName,
        });
    }

    private KairosOptions Kairos(YamlNode node, string path, PlanHost host)
    {
        var map = Map(node, path);
        Known(map, path, "user", "key", "passphraseEnv", "authorizedKey", "authorizedKeyFile", "device", "hostKey",
            "knownHosts", "trustOnFirstUse");
        if (host is not SshPlanHost ssh)
        {
            throw Error(path, node, "Kairos installs from its live image over SSH; expected an ssh host.");
        }

        string user = Text(map, path, "user") ?? "kairos";
        string? authorized = Text(map, path, "authorizedKey")
            ?? (FilePath(map, path, "authorizedKeyFile") is { } file
                ? ReadText(file, $"{path}.authorizedKeyFile")
                : null);
        return new KairosOptions
        {
            User = user,
            Device = Text(map, path, "device") ?? "auto",
            AuthorizedKey = authorized?.Trim() ?? throw BenchmarkPlanException.For($"{path}.authorizedKey",
                "expected the public key line the installed system accepts (authorizedKey or authorizedKeyFile)."),
            InstalledSystem = ssh.Options with
            {
                User = user,
                Credentials = Credentials(map, path, required: true)!,
                HostKeys = HostKeys(map, path) ?? HostKeyPolicy.TrustOnFirstUse(),
                SudoPassword = null,
            },
        };
    }

    private PlanSource Source(YamlNode node, string path)
    {
        if (node is YamlScalarNode scalar)
        {
            return new PlanSource { Kind = SourceKind(scalar.Value, path, node) };
        }

        var map = Map(node, path);
        Known(map, path, "kind", "url", "selector", "deploy", "tokenEnv");
        string? url = Text(map, path, "url");
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw Error($"{path}.url", map, $"expected an absolute http(s) address; got '{url}'.");
        }

        return new PlanSource
        {
            Kind = SourceKind(Text(map, path, "kind"), $"{path}.kind", node),
            Url = url is null ? null : new Uri(url),
            Selector = Text(map, path, "selector"),
            Deploy = Bool(map, path, "deploy") ?? false,
            BearerToken = Secret(map, path, "tokenEnv"),
        };
    }

    private PlanSourceKind SourceKind(string? text, string path, YamlNode node) => text switch
    {
        "proc-recorder" or null => PlanSourceKind.ProcRecorder,
        "proc-read" => PlanSourceKind.ProcRead,
        "prometheus" => PlanSourceKind.Prometheus,
        "node-exporter" => PlanSourceKind.NodeExporter,
        _ => throw Error(path, node,
            $"expected proc-recorder, proc-read, prometheus or node-exporter; got '{text}'."),
    };
}
