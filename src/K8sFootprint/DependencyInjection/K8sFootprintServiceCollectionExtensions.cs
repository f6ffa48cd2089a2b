using K8sFootprint;
using K8sFootprint.Benchmarking;
using K8sFootprint.Benchmarking.Internal;
using K8sFootprint.DependencyInjection;
using K8sFootprint.Distros;
using K8sFootprint.Measurement;
using K8sFootprint.Sources;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers K8sFootprint's services in a container.</summary>
public static class K8sFootprintServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> that reads Prometheus and node exporters (with the standard
    /// resilience handler: retries with back-off, circuit breaker, timeouts).</summary>
    public const string HttpClientName = "K8sFootprint";

    /// <summary>Registers the measurement engine (<see cref="IdleMeasurement"/>), its source
    /// (<see cref="IFootprintSource"/>), the installers (<see cref="IDistroInstaller"/>, each also keyed by its
    /// <see cref="DistroKind"/>; Talos and Kairos need their own options and are made directly), the plan runner
    /// (<see cref="BenchmarkRunner"/>), <see cref="TimeProvider"/>, logging and a named, resilient
    /// <see cref="HttpClient"/>. Registered services are never replaced, so calling this twice, or after registering
    /// your own <see cref="TimeProvider"/> or source, is harmless; a second call only adds its
    /// <paramref name="configure"/>.</summary>
    /// <param name="services">The container.</param>
    /// <param name="configure">Sets the options; validated when the host starts (or on first use without a
    /// host).</param>
    /// <returns>The container.</returns>
    public static IServiceCollection AddK8sFootprint(
        this IServiceCollection services, Action<K8sFootprintOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<K8sFootprintOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(Marker)))
        {
            return services;
        }

        services.AddSingleton<Marker>();
        options.ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<K8sFootprintOptions>, K8sFootprintOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName, (sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<K8sFootprintOptions>>().Value.HttpTimeout)
            .AddStandardResilienceHandler();

        services.TryAddTransient(Source);
        services.TryAddTransient(Measurement);
        services.TryAddTransient(sp => new BenchmarkRunner(sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(), Http(sp)));
        AddInstallers(services);
        return services;
    }

    private static void AddInstallers(IServiceCollection services)
    {
        DistroKind[] kinds =
            [DistroKind.Kubeadm, DistroKind.K3s, DistroKind.K0s, DistroKind.Rke2, DistroKind.CanonicalKubernetes];
        foreach (var kind in kinds)
        {
            services.TryAddKeyedTransient<IDistroInstaller>(kind, (sp, _) => DistroInstallers.Create(kind,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
            services.AddTransient(sp => sp.GetRequiredKeyedService<IDistroInstaller>(kind));
        }
    }

    private static IdleMeasurement Measurement(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<K8sFootprintOptions>>().Value;
        return new IdleMeasurement(services.GetRequiredService<IFootprintSource>(),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<IdleMeasurement>>())
        {
            DefaultOptions = options.Measurement,
            DefaultRuns = options.Runs,
        };
    }

    private static IFootprintSource Source(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<K8sFootprintOptions>>().Value;
        return SourceFactory.Create(options.Source,
            () => throw new InvalidOperationException(
                "K8sFootprint:Source:Url: the node-exporter source needs the exporter's address."),
            Http(services), services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILoggerFactory>(), prometheusRetries: 0);
    }

    private static HttpClient Http(IServiceProvider services) =>
        services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);

    /// <summary>Marks a container that already has the services.</summary>
    private sealed class Marker;
}
