namespace K8sFootprint.Sources.Prometheus;

/// <summary>The result of an instant query: a vector or, for a range selector, a matrix of raw samples.</summary>
/// <param name="ResultType">The API's <c>resultType</c>: <c>vector</c>, <c>matrix</c>, <c>scalar</c> or
/// <c>string</c>.</param>
/// <param name="Series">The series.</param>
/// <param name="Warnings">The API's warnings and infos; a non-empty list means the result may be partial.</param>
public sealed record PrometheusQueryResult(
    string ResultType,
    IReadOnlyList<PrometheusSeries> Series,
    IReadOnlyList<string> Warnings);
