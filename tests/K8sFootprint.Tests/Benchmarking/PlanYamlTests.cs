using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.Distros;
using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.Tests.Benchmarking;

public sealed class PlanYamlTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("k8sfp-plan-").FullName;

    private const string Fingerprint = "SHA256:ujTvWK7OjuAPOiVpfABDiyda0AoJeQ+Wie0ExU5eXRs";

    private static readonly Dictionary<string, string> Environment = new() { ["NODE_PASSWORD"] = "s3cret-pw" };

    [Fact]
    public void Parse_FullPlan_ReadsEveryField()
    {
        var plan = Parse($"""
            name: Seven on identical VMs
            runs: 5
            window: 1h
            interval: 15s
            settle: 10m
            pause: 30s
            baseline: kubeadm
            output: out
            reset: true
            readyTimeout: 20m
            targets:
              - name: kubeadm
                distro: kubeadm
                version: v1.34.1
                host:
                  ssh: {"{"} address: 10.0.0.5, user: ubuntu, passwordEnv: NODE_PASSWORD, hostKey: "{Fingerprint}" {"}"}
              - name: here
                host: local
                source: proc-read
              - name: k3s
                distro: k3s
                offline: artifacts/k3s
                reset: false
                host:
                  ssh: {"{"} address: 10.0.0.6, user: root, passwordEnv: NODE_PASSWORD, trustOnFirstUse: true {"}"}
                source: {"{"} kind: node-exporter, deploy: true {"}"}
            """);

        Assert.Equal(("Seven on identical VMs", 5, "kubeadm", true), (plan.Name, plan.Runs, plan.Baseline, plan.Reset));
        Assert.Equal(
            (TimeSpan.FromHours(1), TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(30)),
            (plan.Window, plan.Interval, plan.Settle, plan.Pause));
        Assert.Equal(Path.Combine(_folder, "out"), plan.Output);
        var kubeadm = plan.Targets[0];
        Assert.Equal((DistroKind.Kubeadm, "v1.34.1", TimeSpan.FromMinutes(20)),
            (kubeadm.Distro!.Value, kubeadm.Install.Version, kubeadm.Install.ReadyTimeout));
        var ssh = Assert.IsType<SshPlanHost>(kubeadm.Host).Options;
        Assert.Equal(("10.0.0.5", 22, "ubuntu"), (ssh.Host, ssh.Port, ssh.User));
        Assert.Same(PlanHost.Local, plan.Targets[1].Host);
        Assert.Null(plan.Targets[1].Distro);
        Assert.Equal(PlanSourceKind.ProcRead, plan.Targets[1].Source.Kind);
        var k3s = plan.Targets[2];
        Assert.Equal(Path.Combine(_folder, "artifacts", "k3s"), k3s.Install.OfflineArtifacts);
        Assert.Equal((PlanSourceKind.NodeExporter, true, false), (k3s.Source.Kind, k3s.Source.Deploy, k3s.Reset));
    }

    [Theory]
    [InlineData("runs: many", "runs", "line 1", "whole number")]
    [InlineData("runs: 0", "runs", "line 1", "from 1")]
    [InlineData("window: soon", "window", "line 1", "duration")]
    [InlineData("interval: 40m", "interval", "line 1", "half the window")]
    [InlineData("baseline: kubeadm", "baseline", "line 1", "not one of the targets")]
    [InlineData("colour: blue", "colour", "line 1", "unknown field")]
    public void Parse_BadTopLevelField_NamesTheFieldAndLine(string line, string field, string at, string expected)
    {
        var ex = Assert.Throws<BenchmarkPlanException>(() =>
            Parse($"{line}\ntargets:\n  - name: a\n    host: local\n"));

        Assert.Equal(field, ex.Field);
        Assert.Contains(at, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    distro: minikube", "targets[0].distro", "kubeadm")]
    [InlineData("    source: carrier-pigeon", "targets[0].source", "proc-recorder")]
    [InlineData("    version: v1", "targets[0].version", "no distribution")]
    [InlineData("    source: { kind: prometheus, url: 'http://p:9090' }", "targets[0].source.selector", "selector")]
    [InlineData("    source: { kind: node-exporter, deploy: true }", "targets[0].source.deploy", "installs none")]
    public void Parse_BadTargetField_NamesTheFieldAndLine(string line, string field, string expected)
    {
        var ex = Assert.Throws<BenchmarkPlanException>(() =>
            Parse($"targets:\n  - name: a\n    host: local\n{line}\n"));

        Assert.Equal(field, ex.Field);
        Assert.Contains("line 4", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SecretWrittenInThePlan_IsRefusedWithoutEchoingIt()
    {
        var ex = Assert.Throws<BenchmarkPlanException>(() => Parse(
            "targets:\n  - name: a\n    host:\n      ssh: { address: h, user: u, password: hunter2-secret }\n"));

        Assert.Equal("targets[0].host.ssh.password", ex.Field);
        Assert.Contains("passwordEnv", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PasswordVariableNotSet_NamesTheVariableOnly()
    {
        var ex = Assert.Throws<BenchmarkPlanException>(() => Parse(
            "targets:\n  - name: a\n    host:\n      ssh: { address: h, user: u, passwordEnv: NOT_SET, " +
            "trustOnFirstUse: true }\n"));

        Assert.Equal("targets[0].host.ssh.passwordEnv", ex.Field);
        Assert.Contains("'NOT_SET' is not set", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SshWithoutHostKeyPolicy_AsksForOne()
    {
        var ex = Assert.Throws<BenchmarkPlanException>(() => Parse(
            "targets:\n  - name: a\n    host:\n      ssh: { address: h, user: u, passwordEnv: NODE_PASSWORD }\n"));

        Assert.Equal("targets[0].host.ssh.hostKey", ex.Field);
        Assert.Contains("trustOnFirstUse", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateTargetNames_NamesTheSecond()
    {
        var ex = Assert.Throws<BenchmarkPlanException>(() => Parse(
            "targets:\n  - name: a\n    host: local\n  - name: a\n    host: local\n"));

        Assert.Equal("targets[1].name", ex.Field);
        Assert.Contains("line 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TalosOverSsh_IsRefused()
    {
        var ex = Assert.Throws<BenchmarkPlanException>(() => Parse(
            "targets:\n  - name: t\n    distro: talos\n    host: local\n"));

        Assert.Equal("targets[0].host", ex.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("targets: [")]
    [InlineData("targets: 3")]
    [InlineData("- just\n- a list")]
    public void Parse_NotAPlan_SaysSo(string yaml)
    {
        var ex = Assert.Throws<BenchmarkPlanException>(() => Parse(yaml));

        Assert.StartsWith("plan.yaml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PlanBuiltInCode_NamesTheField()
    {
        var plan = new BenchmarkPlan
        {
            Targets =
            [
                new PlanTarget { Name = "a", Host = PlanHost.Local },
                new PlanTarget { Name = " ", Host = PlanHost.Local },
            ],
        };

        var ex = Assert.Throws<BenchmarkPlanException>(plan.Validate);

        Assert.Equal("targets[1].name", ex.Field);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private BenchmarkPlan Parse(string yaml)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "artifacts", "k3s"));
        return BenchmarkPlanYaml.Parse(yaml, _folder, "plan.yaml", name => Environment.GetValueOrDefault(name));
    }
}
