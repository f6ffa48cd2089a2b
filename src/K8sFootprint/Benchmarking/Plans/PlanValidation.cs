using K8sFootprint.Distros;
using K8sFootprint.Measurement;

namespace K8sFootprint.Benchmarking.Plans;

/// <summary>Checks a plan field by field; each error names the field's path.</summary>
internal static class PlanValidation
{
    private const int MaxNameLength = 100;

    // Option properties whose validation errors belong to a plan key of another name.
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["OfflineArtifacts"] = "offline", ["ReadyTimeout"] = "readyTimeout", ["StepTimeout"] = "stepTimeout",
        ["HostSettleTimeout"] = "hostSettleTimeout", ["Host"] = "address", ["Port"] = "port", ["User"] = "user",
        ["ConnectTimeout"] = "connectTimeout", ["KeepAlive"] = "keepAlive",
    };

    public static void Validate(BenchmarkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Name("name", plan.Name);
        if (plan.Targets is null || plan.Targets.Count == 0)
        {
            throw BenchmarkPlanException.For("targets", "expected at least one target.");
        }

        if (plan.Runs is < 1 or > RepeatedRunOptions.MaxRunsLimit)
        {
            throw BenchmarkPlanException.For("runs",
                $"expected a whole number from 1 to {RepeatedRunOptions.MaxRunsLimit}; got {plan.Runs}.");
        }

        Timing(plan);
        if (string.IsNullOrWhiteSpace(plan.Output)
            || Path.GetFullPath(plan.Output) == Path.GetPathRoot(Path.GetFullPath(plan.Output)))
        {
            throw BenchmarkPlanException.For("output",
                $"expected a folder of its own for the results, not a file-system root; got '{plan.Output}'.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < plan.Targets.Count; i++)
        {
            var target = plan.Targets[i] ?? throw BenchmarkPlanException.For($"targets[{i}]", "expected a target.");
            Target($"targets[{i}]", target);
            if (!names.Add(target.Name))
            {
                throw BenchmarkPlanException.For($"targets[{i}].name",
                    $"'{target.Name}' names an earlier target too; each target needs its own name.");
            }
        }

        if (plan.Baseline is { } baseline && !names.Contains(baseline))
        {
            throw BenchmarkPlanException.For("baseline",
                $"'{baseline}' is not one of the targets ({string.Join(", ", names)}).");
        }
    }

    private static void Timing(BenchmarkPlan plan)
    {
        Positive("window", plan.Window);
        Positive("interval", plan.Interval);
        if (plan.Interval * 2 > plan.Window)
        {
            throw BenchmarkPlanException.For("interval",
                $"expected at most half the window (window {DurationText.Format(plan.Window)}, so at most " +
                $"{DurationText.Format(plan.Window / 2)}) so that a window holds two samples; got " +
                $"{DurationText.Format(plan.Interval)} (the default is 15s).");
        }

        NotNegative("settle", plan.Settle);
        NotNegative("pause", plan.Pause);
        Positive("deployTimeout", plan.DeployTimeout);
        try
        {
            plan.MeasurementOptions().Validate();
        }
        catch (ArgumentException ex)
        {
            string field = ex.ParamName is { } name ? char.ToLowerInvariant(name[0]) + name[1..] : "window";
            throw new BenchmarkPlanException($"Plan field '{field}': {Message(ex)}", ex)
            {
                Field = field,
                Step = "plan",
            };
        }
    }

    private static void Target(string path, PlanTarget target)
    {
        Name($"{path}.name", target.Name);
        if (target.Host is null)
        {
            throw BenchmarkPlanException.For($"{path}.host", "expected a host: local, ssh or talos.");
        }

        Host($"{path}.host", target);
        Install($"{path}", target);
        Source($"{path}.source", target);
    }

    private static void Host(string path, PlanTarget target)
    {
        switch (target.Host)
        {
            case SshPlanHost ssh:
                Wrap($"{path}.ssh", () => ssh.Options.Validate());
                break;
            case TalosPlanHost talos when target.Distro != DistroKind.Talos:
                throw BenchmarkPlanException.For($"{path}.talos",
                    $"a Talos API host runs Talos only; expected distro 'talos', got '{target.Distro}'.");
            case TalosPlanHost talos when string.IsNullOrWhiteSpace(talos.Address):
                throw BenchmarkPlanException.For($"{path}.talos.address", "expected the node's address.");
            case TalosPlanHost talos when string.IsNullOrWhiteSpace(talos.Options?.SecretsDirectory):
                throw BenchmarkPlanException.For($"{path}.talos.secrets", "expected a folder for Talos' secrets.");
            case not TalosPlanHost when target.Distro == DistroKind.Talos:
                throw BenchmarkPlanException.For(path,
                    "Talos has no shell to install from; expected a 'talos' host (its API address and secrets).");
            default:
                break;
        }
    }

    private static void Install(string path, PlanTarget target)
    {
        if (target.Install is null)
        {
            throw BenchmarkPlanException.For($"{path}.install", "expected install options.");
        }

        bool installs = target.Install.Version is not null || target.Install.OfflineArtifacts is not null;
        if (target.Distro is null && installs)
        {
            throw BenchmarkPlanException.For(target.Install.Version is null ? $"{path}.offline" : $"{path}.version",
                "a version or offline artifacts were given but no distribution to install; expected one of " +
                $"{string.Join(", ", DistroInstallers.KnownNames)}.");
        }

        if (target.Distro == DistroKind.Kairos && target.Kairos is null)
        {
            throw BenchmarkPlanException.For($"{path}.kairos",
                "Kairos reconnects to the installed system: expected its user, key and authorized key.");
        }

        Wrap(path, target.Install.Validate);
    }

    private static void Source(string path, PlanTarget target)
    {
        var source = target.Source ?? throw BenchmarkPlanException.For(path, "expected a source.");
        if (source.Deploy && target.Distro is null)
        {
            throw BenchmarkPlanException.For($"{path}.deploy",
                "the node exporter is deployed on the cluster a distribution makes; this target installs none.");
        }

        if (source.Deploy && source.Kind is not (PlanSourceKind.NodeExporter or PlanSourceKind.Prometheus))
        {
            throw BenchmarkPlanException.For($"{path}.deploy",
                $"only the node-exporter and prometheus sources read the exporter; this one is '{source.Kind}'.");
        }

        switch (source.Kind)
        {
            case PlanSourceKind.Prometheus when source.Url is null || !Web(source.Url):
                throw BenchmarkPlanException.For($"{path}.url",
                    $"expected Prometheus' absolute http(s) address; got '{source.Url}'.");
            case PlanSourceKind.Prometheus when string.IsNullOrWhiteSpace(source.Selector):
                throw BenchmarkPlanException.For($"{path}.selector",
                    "expected the label selector of the node's series, such as instance=\"node1:9100\".");
            case PlanSourceKind.NodeExporter
                when source.Url is null && (!source.Deploy || target.Host is not SshPlanHost):
                throw BenchmarkPlanException.For($"{path}.url",
                    "expected the exporter's /metrics address (it can be left out only with deploy on an SSH host).");
            case PlanSourceKind.NodeExporter when source.Url is not null && !Web(source.Url):
                throw BenchmarkPlanException.For($"{path}.url",
                    $"expected an absolute http(s) address; got '{source.Url}'.");
            case PlanSourceKind.ProcRecorder or PlanSourceKind.ProcRead when target.Host is TalosPlanHost:
                throw BenchmarkPlanException.For($"{path}.kind",
                    "Talos has no shell for the /proc recorder; expected 'prometheus' or 'node-exporter'.");
            default:
                break;
        }
    }

    /// <summary>Whether an address is an absolute http or https one.</summary>
    public static bool Web(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static void Name(string field, string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            throw BenchmarkPlanException.For(field,
                $"expected a name of 1 to {MaxNameLength} characters without control characters; " +
                $"got '{Printable(name)}'.");
        }
    }

    private static void Positive(string field, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            throw BenchmarkPlanException.For(field,
                $"expected a duration above zero; got {DurationText.Format(value)}.");
        }
    }

    private static void NotNegative(string field, TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            throw BenchmarkPlanException.For(field,
                $"expected zero or a positive duration; got {DurationText.Format(value)}.");
        }
    }

    private static void Wrap(string parent, Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            string precise = ex.ParamName is { } name && Fields.TryGetValue(name, out string? key)
                ? $"{parent}.{key}"
                : parent;
            throw new BenchmarkPlanException($"Plan field '{precise}': {Message(ex)}", ex)
            {
                Field = precise,
                Step = "plan",
            };
        }
    }

    /// <summary>An argument exception's message without its "(Parameter 'x')" suffix.</summary>
    public static string Message(ArgumentException ex) => ex.ParamName is { } name
        ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
        : ex.Message;

    private static string Printable(string? text) =>
        text is null
            ? string.Empty
            : new string([.. text.Take(MaxNameLength).Select(c => char.IsControl(c) ? '?' : c)]);
}
