using System.Globalization;
using K8sFootprint.Benchmarking;

// A child process for the result store's crash tests: resumes after the last stored run of a target and appends
// large records up to a run count, as a measurement series would, so that a kill can land mid-append.
// Usage: K8sFootprint.StoreWriter STORE TARGET RUNS METRICS-PER-RUN
if (args.Length != 4)
{
    Console.Error.WriteLine("Usage: K8sFootprint.StoreWriter STORE TARGET RUNS METRICS-PER-RUN");
    return 2;
}

string target = args[1];
int runs = int.Parse(args[2], CultureInfo.InvariantCulture);
int metrics = int.Parse(args[3], CultureInfo.InvariantCulture);
using var store = new ResultStore(args[0]);
var stored = (await store.ReadAsync()).RunsOf(target);
int next = stored.Count == 0 ? 1 : stored[^1].Run + 1;
Console.WriteLine($"resuming at {next}");
for (int run = next; run <= runs; run++)
{
    await store.AppendAsync(new RunRecord
    {
        Target = target,
        Run = run,
        StoredAt = TimeProvider.System.GetUtcNow(),
        Metrics = [.. Enumerable.Range(0, metrics).Select(i => new RunMetric($"m{i}", (run * 1000.0) + i, "bytes"))],
    });
}

return 0;
