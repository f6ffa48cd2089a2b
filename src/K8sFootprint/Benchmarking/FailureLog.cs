using System.Text;
using System.Text.Json;
using K8sFootprint.Benchmarking.Internal;

namespace K8sFootprint.Benchmarking;

/// <summary>The failures of a plan, one JSON line each, appended and flushed to disk as they happen
/// (<c>failures.jsonl</c> beside the result store).</summary>
/// <param name="path">The file.</param>
public sealed class FailureLog(string path)
{
    private readonly Lock _gate = new();

    /// <summary>Gets the file's path.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The failure log beside a result store.</summary>
    /// <param name="resultsPath">The result store's path.</param>
    /// <returns>The path of <c>failures.jsonl</c> in the same folder.</returns>
    public static string Beside(string resultsPath) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(resultsPath))!,
            "failures.jsonl");

    /// <summary>Appends a failure and flushes it to disk.</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="cancellationToken">Cancels before the write starts.</param>
    /// <returns>A task that completes when the line is on disk.</returns>
    /// <exception cref="IOException">The file could not be written; the message names it.</exception>
    public Task AppendAsync(FailureRecord failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        cancellationToken.ThrowIfCancellationRequested();
        byte[] line = [.. JsonSerializer.SerializeToUtf8Bytes(failure, StoreJsonContext.Default.FailureRecord),
            (byte)'\n'];

        lock (_gate)
        {
            try
            {
                using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read, 1);
                stream.Write(line);
                stream.Flush(flushToDisk: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new IOException(
                    $"The failure of '{failure.Target}' could not be logged in '{Path}': {ex.Message}", ex);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Reads every failure; lines that are torn or not failure records are skipped.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The failures in the order they happened; empty when the file does not exist.</returns>
    /// <exception cref="IOException">The file could not be read; the message names it.</exception>
    public async Task<IReadOnlyList<FailureRecord>> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(Path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The failure log '{Path}' could not be read: {ex.Message}", ex);
        }

        var failures = new List<FailureRecord>();
        var options = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        foreach (string line in text.Split('\n', options))
        {
            try
            {
                if (JsonSerializer.Deserialize(line, StoreJsonContext.Default.FailureRecord) is { Target: not null } f)
                {
                    failures.Add(f);
                }
            }
            catch (JsonException)
            {
                // A torn last line from a crash mid-write; the failure it held is lost, nothing else is.
            }
        }

        return failures;
    }
}
