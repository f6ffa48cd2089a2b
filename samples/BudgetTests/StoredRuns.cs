using K8sFootprint.Benchmarking;

namespace BudgetTests;

/// <summary>The result store kept beside the tests: <c>results.jsonl</c>, three 10 s windows of an idle build
/// machine without Kubernetes, stored as target <c>build-host</c> by the console's
/// <c>measure --runs 3 --name build-host</c> (see docs/budget-tests.md).</summary>
internal static class StoredRuns
{
    public const string Target = "build-host";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "results.jsonl");

    public static async Task<ResultStoreContents> ReadAsync(CancellationToken cancellationToken)
    {
        using var store = new ResultStore(Path);
        return await store.ReadAsync(cancellationToken);
    }
}
