using K8sFootprint.Measurement;
using K8sFootprint.Nodes.Ssh;
using K8sFootprint.Sources.Prometheus;
using Microsoft.Extensions.Logging;

namespace K8sFootprint.ConsoleApp;

/// <summary>What <c>measure</c> measures and with which source, as parsed from the command line.</summary>
internal sealed record MeasureTarget(
    IdleMeasurementOptions Options,
    SshNodeOptions? Ssh,
    Uri? Exporter,
    (PrometheusClientOptions Client, string Instance)? Prometheus,
    ILoggerFactory Loggers);
