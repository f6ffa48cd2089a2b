using K8sFootprint.Benchmarking;
using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.DependencyInjection;
using K8sFootprint.Distros;
using K8sFootprint.Measurement;
using K8sFootprint.Sources;
using K8sFootprint.Sources.NodeExporter;
using K8sFootprint.Sources.Proc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace K8sFootprint.Tests.DependencyInjection;

public sealed class AddK8sFootprintTests
{
    [Fact]
    public void AddK8sFootprint_Defaults_ResolvesEngineRunnerSourceAndInstallers()
    {
        using var provider = new ServiceCollection().AddK8sFootprint().BuildServiceProvider(validateScopes: true);

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.NotNull(provider.GetRequiredService<IdleMeasurement>());
        Assert.NotNull(provider.GetRequiredService<BenchmarkRunner>());
        Assert.IsType<ProcRecorderSource>(provider.GetRequiredService<IFootprintSource>());
        Assert.Equal(DistroKind.K3s, provider.GetRequiredKeyedService<IDistroInstaller>(DistroKind.K3s).Kind);
        Assert.Equal(
            [DistroKind.Kubeadm, DistroKind.K3s, DistroKind.K0s, DistroKind.Rke2, DistroKind.CanonicalKubernetes],
            provider.GetServices<IDistroInstaller>().Select(i => i.Kind));
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddK8sFootprint_CalledTwice_RegistersEachServiceOnceAndAppliesBothConfigurations()
    {
        var once = new ServiceCollection().AddK8sFootprint(o => o.Runs = new RepeatedRunOptions { Runs = 5 });
        int count = once.Count;

        once.AddK8sFootprint(o => o.Measurement = new IdleMeasurementOptions { Window = TimeSpan.FromMinutes(5) });
        using var provider = once.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<K8sFootprintOptions>>().Value;

        Assert.Equal(count + 1, once.Count);
        Assert.Equal((5, TimeSpan.FromMinutes(5)), (options.Runs.Runs, options.Measurement.Window));
        var engine = provider.GetRequiredService<IdleMeasurement>();
        Assert.Equal((5, TimeSpan.FromMinutes(5)), (engine.DefaultRuns.Runs, engine.DefaultOptions.Window));
        Assert.Equal(5, provider.GetServices<IDistroInstaller>().Count());
    }

    [Fact]
    public void AddK8sFootprint_OwnTimeProviderRegisteredFirst_IsKept()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddK8sFootprint();

        using var provider = services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddK8sFootprint_NodeExporterSource_UsesTheNamedResilientClient()
    {
        var url = new Uri("http://127.0.0.1:9100/metrics");
        using var provider = new ServiceCollection()
            .AddK8sFootprint(o => o.Source = new PlanSource { Kind = PlanSourceKind.NodeExporter, Url = url })
            .BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<NodeExporterScrapeSource>(provider.GetRequiredService<IFootprintSource>());
    }

    [Theory]
    [InlineData("interval", "Interval must be at least 1 s; got '0.5 s'")]
    [InlineData("prometheus", "K8sFootprint:Source:Selector")]
    [InlineData("url", "got 'ftp://example/'")]
    [InlineData("runs", "K8sFootprint:Runs")]
    public void AddK8sFootprint_BadOptions_FailAtStartQuotingTheValue(string bad, string expected)
    {
        using var provider = new ServiceCollection().AddK8sFootprint(o =>
        {
            switch (bad)
            {
                case "interval":
                    o.Measurement = new IdleMeasurementOptions { Interval = TimeSpan.FromMilliseconds(500) };
                    break;
                case "prometheus":
                    o.Source = new PlanSource { Kind = PlanSourceKind.Prometheus, Url = new Uri("http://p:9090") };
                    break;
                case "url":
                    o.Source = new PlanSource { Kind = PlanSourceKind.NodeExporter, Url = new Uri("ftp://example/") };
                    break;
                default:
                    o.Runs = new RepeatedRunOptions { Runs = 0 };
                    break;
            }
        }).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() =>
            provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
