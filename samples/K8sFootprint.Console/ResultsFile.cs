using K8sFootprint.Benchmarking;
using K8sFootprint.Statistics;

namespace K8sFootprint.ConsoleApp;

/// <summary>Loads runs from a result store (JSON Lines) or a long-format CSV file, by the file's first
/// character.</summary>
internal static class ResultsFile
{
    /// <summary>Reads the stored runs of a result store (none for a CSV file), for host facts and warnings.</summary>
    public static async Task<IReadOnlyList<RunRecord>> RecordsAsync(string path, CancellationToken cancellationToken)
    {
        if (IsCsv(path))
        {
            return [];
        }

        using var store = new ResultStore(path);
        return (await store.ReadAsync(cancellationToken)).Runs;
    }

    /// <summary>Reads the failures logged beside a result store by a plan (none for a CSV file).</summary>
    public static async Task<IReadOnlyList<FailureRecord>> FailuresAsync(
        string path, CancellationToken cancellationToken) =>
        IsCsv(path) ? [] : await new FailureLog(FailureLog.Beside(path)).ReadAsync(cancellationToken);

    /// <summary>Reads the runs and reports each skipped line.</summary>
    /// <exception cref="IOException">The file is missing or unreadable.</exception>
    /// <exception cref="ResultsFormatException">A CSV file is malformed.</exception>
    public static async Task<IReadOnlyList<MetricObservation>> LoadAsync(
        string path, Action<string> warn, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new IOException($"The results file '{path}' is a directory; expected a .jsonl store or a .csv file.");
        }

        if (!File.Exists(path))
        {
            throw new IOException($"The results file '{path}' does not exist; expected a .jsonl store or a .csv file.");
        }

        if (IsCsv(path))
        {
            using var reader = new StreamReader(path);
            return RunsCsv.Read(reader, path);
        }

        if (!ResultStore.IsResultStore(path))
        {
            throw new IOException(
                $"'{path}' is neither a result store (a .jsonl file of run records) nor a long-format CSV file " +
                "(see docs/csv-format.md).");
        }

        using var store = new ResultStore(path);
        var contents = await store.ReadAsync(cancellationToken);
        foreach (var problem in contents.Problems)
        {
            warn(problem.Message);
        }

        return [.. contents.Observations()];
    }

    private static bool IsCsv(string path)
    {
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        using var stream = File.OpenRead(path);
        int first = stream.ReadByte();
        return first is not ('{' or -1 or '[' or ' ' or '\n' or '\r' or '\t');
    }
}
