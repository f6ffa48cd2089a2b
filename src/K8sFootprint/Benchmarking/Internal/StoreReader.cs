using System.Text.Json;

namespace K8sFootprint.Benchmarking.Internal;

/// <summary>Splits a result store into lines and reads each one on its own, so one bad line spoils nothing
/// else.</summary>
internal static class StoreReader
{
    public static ResultStoreContents Parse(ReadOnlySpan<byte> bytes, string path)
    {
        var runs = new List<RunRecord>();
        var problems = new List<StoreProblem>();
        var seen = new HashSet<(string, int)>();
        int number = 0;
        while (!bytes.IsEmpty)
        {
            number++;
            int end = bytes.IndexOf((byte)'\n');
            if (end < 0 && TryRead(bytes, out var complete) && seen.Add((complete!.Target, complete.Run)))
            {
                runs.Add(complete);
                break;
            }

            if (end < 0)
            {
                problems.Add(new StoreProblem(number, StoreProblemKind.TornLine,
                    $"'{path}' line {number}: the last line ({bytes.Length} bytes) has no line end; an append was " +
                    "cut short and its run was never stored."));
                break;
            }

            var line = bytes[..end].TrimEnd((byte)'\r');
            bytes = bytes[(end + 1)..];
            if (line.Trim((byte)' ').IsEmpty)
            {
                continue;
            }

            if (Read(line, path, number, problems) is not { } record)
            {
                continue;
            }

            if (!seen.Add((record.Target, record.Run)))
            {
                problems.Add(new StoreProblem(number, StoreProblemKind.Duplicate,
                    $"'{path}' line {number}: run {record.Run} of '{record.Target}' is stored already; the first " +
                    "one counts."));
                continue;
            }

            runs.Add(record);
        }

        return new ResultStoreContents(runs, problems);
    }

    /// <summary>Reads one line as a run record without reporting problems.</summary>
    public static bool TryRead(ReadOnlySpan<byte> line, out RunRecord? record)
    {
        var problems = new List<StoreProblem>();
        record = Read(line.TrimEnd((byte)'\r'), string.Empty, 0, problems);
        return record is not null;
    }

    /// <summary>The JSON reader's message without its position, which counts within the line, not the file.</summary>
    private static string Brief(string message)
    {
        int position = message.IndexOf(" Path:", StringComparison.Ordinal);
        return position < 0 ? message : message[..position];
    }

    private static RunRecord? Read(ReadOnlySpan<byte> line, string path, int number, List<StoreProblem> problems)
    {
        RunRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(line, StoreJsonContext.Default.RunRecord);
        }
        catch (JsonException ex)
        {
            problems.Add(new StoreProblem(number, StoreProblemKind.Unreadable,
                $"'{path}' line {number}: expected a run record (one JSON object); {Brief(ex.Message)}"));
            return null;
        }

        if (record is not null && record.SchemaVersion != RunRecord.CurrentSchemaVersion)
        {
            problems.Add(new StoreProblem(number, StoreProblemKind.UnsupportedSchema,
                $"'{path}' line {number}: schema version '{record.SchemaVersion}'; expected " +
                $"{RunRecord.CurrentSchemaVersion}."));
            return null;
        }

        if (record is null || string.IsNullOrWhiteSpace(record.Target) || record.Run < 1 || record.Metrics is null
            || record.Metrics.Any(m => m is null || string.IsNullOrWhiteSpace(m.Metric) || m.Unit is null))
        {
            problems.Add(new StoreProblem(number, StoreProblemKind.Unreadable,
                $"'{path}' line {number}: expected a run record with a target, a run number from 1 and metrics " +
                "each with a name and a unit."));
            return null;
        }

        return record;
    }
}
