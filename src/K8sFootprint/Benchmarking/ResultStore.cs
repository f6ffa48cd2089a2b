using System.Text.Json;
using K8sFootprint.Benchmarking.Internal;
using K8sFootprint.Measurement;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sFootprint.Benchmarking;

/// <summary>
/// An append-only file of finished runs, one JSON line each (JSON Lines). Every append is flushed to disk before
/// it returns, so a crash loses nothing that finished; a line cut short by a crash is skipped when reading and
/// removed before the next append. One process writes a store at a time (a <c>.lock</c> file beside it says which);
/// any number may read it.
/// </summary>
public sealed class ResultStore : IDisposable
{
    private const byte LineEnd = (byte)'\n';
    private static readonly byte[] LineStart = "{\"schemaVersion\":"u8.ToArray();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FileStream? _writerLock;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="ResultStore"/> class. The file is created by the
    /// first append.</summary>
    /// <param name="path">The file, conventionally <c>*.jsonl</c>.</param>
    /// <param name="timeProvider">The clock that stamps stored runs.</param>
    /// <param name="logger">Where to log skipped lines and repairs.</param>
    public ResultStore(string path, TimeProvider? timeProvider = null, ILogger<ResultStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<ResultStore>.Instance;
    }

    /// <summary>Gets the file's full path.</summary>
    public string Path { get; }

    /// <summary>Stores a measured run.</summary>
    /// <param name="target">The target's name.</param>
    /// <param name="run">The run's number, from 1.</param>
    /// <param name="footprint">The run.</param>
    /// <param name="cancellationToken">Cancels before the write starts; a started write completes.</param>
    /// <returns>The stored record.</returns>
    /// <exception cref="IOException">The file could not be written; the message names it.</exception>
    public async Task<RunRecord> AppendAsync(
        string target, int run, Footprint footprint, CancellationToken cancellationToken = default)
    {
        var record = RunRecord.FromFootprint(target, run, footprint, _timeProvider.GetUtcNow());
        await AppendAsync(record, cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>Appends one record as a line and flushes it to disk.</summary>
    /// <param name="record">The run.</param>
    /// <param name="cancellationToken">Cancels before the write starts; a started write completes.</param>
    /// <returns>A task that completes when the line is on disk.</returns>
    /// <exception cref="ArgumentException">The record has no target, a run number below 1 or a non-finite
    /// value.</exception>
    /// <exception cref="IOException">The file could not be written; the message names it.</exception>
    public async Task AppendAsync(RunRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        Validate(record);
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(record, StoreJsonContext.Default.RunRecord);
        byte[] line = [.. json, LineEnd];

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            LockForWriting();
            var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1,
                FileOptions.None);
            await using (stream.ConfigureAwait(false))
            {
                EnsureStore(stream);
                RepairTail(stream);
                stream.Seek(0, SeekOrigin.End);
                await stream.WriteAsync(line, CancellationToken.None).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            _logger.RunStored(record.Target, record.Run, Path, line.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException(
                $"Run {record.Run} of '{record.Target}' could not be stored in '{Path}': {ex.Message}", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads every stored run. Torn, unreadable, unsupported and duplicate lines are skipped, each
    /// reported as a problem and logged as a warning; the rest of the store is unaffected.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The runs and the problems; empty when the file does not exist.</returns>
    /// <exception cref="IOException">The file could not be read; the message names it.</exception>
    public async Task<ResultStoreContents> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path))
        {
            return ResultStoreContents.Empty;
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(Path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The result store '{Path}' could not be read: {ex.Message}", ex);
        }

        var contents = StoreReader.Parse(bytes, Path);
        foreach (var problem in contents.Problems)
        {
            _logger.LineSkipped(problem.Message);
        }

        return contents;
    }

    /// <summary>Tells whether a file is a result store: empty, or its first line begins like a run record.
    /// A single-run JSON file or a CSV file is not.</summary>
    /// <param name="path">The file.</param>
    /// <returns><see langword="true"/> for a store or a missing or empty file.</returns>
    public static bool IsResultStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return true;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return StartsLikeStore(stream);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_writerLock is not null)
        {
            _writerLock.Dispose();
            TryDelete($"{Path}.lock");
        }

        _gate.Dispose();
    }

    private static bool StartsLikeStore(FileStream stream)
    {
        if (stream.Length == 0)
        {
            return true;
        }

        // A first append cut short may have left fewer bytes than the prefix; those must match it.
        int count = (int)Math.Min(LineStart.Length, stream.Length);
        var start = new byte[count];
        stream.Seek(0, SeekOrigin.Begin);
        stream.ReadExactly(start);
        return start.AsSpan().SequenceEqual(LineStart.AsSpan(0, count));
    }

    private void EnsureStore(FileStream stream)
    {
        if (!StartsLikeStore(stream))
        {
            throw new IOException(
                $"'{Path}' is not a result store: its first line is not a run record. Expected a JSON Lines file " +
                "written by K8sFootprint, or a new file; nothing was written.");
        }
    }

    /// <summary>Takes the store's writer lock (a <c>.lock</c> file beside it, held exclusively) for this
    /// instance's lifetime, so that a second process cannot interleave its runs. The first append takes it anyway;
    /// taking it before a long measurement makes a second writer fail before anything is measured.</summary>
    /// <exception cref="IOException">Another process holds the lock.</exception>
    public void LockForWriting()
    {
        if (_writerLock is not null)
        {
            return;
        }

        try
        {
            _writerLock = new FileStream($"{Path}.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new IOException(
                $"The result store '{Path}' is being written by another process (it holds '{Path}.lock'); " +
                "expected one writer at a time.", ex);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale lock file holds no lock; the next writer reuses it.
        }
    }

    private static void Validate(RunRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.Target) || record.Run < 1 || record.Metrics is null)
        {
            throw new ArgumentException(
                $"A run record needs a target name, a run number from 1 and its metrics; got target " +
                $"'{record.Target}', run {record.Run}.", nameof(record));
        }

        if (record.Metrics.FirstOrDefault(m => !double.IsFinite(m.Value)) is { } bad)
        {
            throw new ArgumentException(
                $"Run {record.Run} of '{record.Target}' has metric '{bad.Metric}' = '{bad.Value}'; expected a " +
                "finite number.", nameof(record));
        }
    }

    /// <summary>Mends a last line without a line end: a complete record gets its line end (an editor may have
    /// stripped it); anything else is the remains of an append a crash cut short, and is cut off.</summary>
    private void RepairTail(FileStream stream)
    {
        long length = stream.Length;
        if (length == 0 || ByteAt(stream, length - 1) == LineEnd)
        {
            return;
        }

        long start = length - 1;
        while (start > 0 && ByteAt(stream, start - 1) != LineEnd)
        {
            start--;
        }

        var tail = new byte[length - start];
        stream.Seek(start, SeekOrigin.Begin);
        stream.ReadExactly(tail);
        if (StoreReader.TryRead(tail, out _))
        {
            stream.Seek(0, SeekOrigin.End);
            stream.WriteByte(LineEnd);
        }
        else
        {
            stream.SetLength(start);
            _logger.TornLineRemoved(Path, length - start);
        }

        stream.Flush(flushToDisk: true);
    }

    private static int ByteAt(FileStream stream, long position)
    {
        stream.Seek(position, SeekOrigin.Begin);
        return stream.ReadByte();
    }
}
