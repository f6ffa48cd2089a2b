using K8sFootprint.Benchmarking.Plans;
using K8sFootprint.Distros;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.Benchmarking.Internal;

/// <summary>What every target of one plan run shares: the plan, the store, the failure log and the services.</summary>
internal sealed record RunContext(
    BenchmarkPlan Plan,
    ResultStore Store,
    ResultStoreContents Existing,
    FailureLog Failures,
    HttpClient Http,
    TimeProvider TimeProvider,
    ILoggerFactory Loggers,
    Func<PlanTarget, IDistroInstaller>? Installers,
    IProgress<BenchmarkProgress>? Progress)
{
    public void Report(BenchmarkProgress progress) => Progress?.Report(progress);
}
