using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using K8sFootprint.Statistics;

namespace K8sFootprint.Benchmarking;

/// <summary>
/// Runs in the long format as CSV (RFC 4180, UTF-8, header <c>target,run,metric,value,unit</c>, one row per
/// target, run and metric, numbers with a dot and no thousands separator), so that results measured elsewhere
/// can be summarised and compared too. docs/csv-format.md describes it.
/// </summary>
public static class RunsCsv
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["target", "run", "metric", "value", "unit"];

    private static readonly CsvConfiguration Writing = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    // Reading takes any line end (\r\n, \n or \r), as RFC 4180 files use \r\n.
    private static readonly CsvConfiguration Reading = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        BadDataFound = null,
        MissingFieldFound = null,
    };

    /// <summary>Writes runs as long-format CSV.</summary>
    /// <param name="observations">The rows.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(IEnumerable<MetricObservation> observations, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = new CsvWriter(writer, Writing, leaveOpen: true);
        foreach (string column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in observations)
        {
            csv.WriteField(row.Target);
            csv.WriteField(row.Run.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.Metric);
            csv.WriteField(row.Value.ToString("R", CultureInfo.InvariantCulture));
            csv.WriteField(row.Unit);
            csv.NextRecord();
        }
    }

    /// <summary>Reads long-format CSV. Columns may come in any order; extra columns are ignored.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ResultsFormatException">A column is missing or a field is not what its column needs;
    /// the message names the file, line and field.</exception>
    public static IReadOnlyList<MetricObservation> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        using var csv = new CsvReader(reader, Reading, leaveOpen: true);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw Error(source, 1, $"a header row with the columns {string.Join(",", Columns)}", "nothing");
            }

            int[] index = [.. Columns.Select(c => Column(csv, c, source))];
            int width = csv.HeaderRecord!.Length;
            var rows = new List<MetricObservation>();
            var seen = new Dictionary<(string, int, string), int>();
            var units = new Dictionary<string, (string Unit, int Line)>(StringComparer.Ordinal);
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                if (csv.Parser.Count != width)
                {
                    throw Error(source, line, $"{width} fields like the header",
                        $"{csv.Parser.Count} fields in '{csv.Parser.RawRecord.TrimEnd()}'; " +
                        "is a decimal comma unquoted?");
                }

                var row = Canonical(new MetricObservation(
                    Text(csv, index[0], "target", source, line),
                    Run(csv, index[1], source, line),
                    Text(csv, index[2], "metric", source, line),
                    Value(csv, index[3], source, line),
                    Text(csv, index[4], "unit", source, line)));
                Check(row, source, line, seen, units);
                rows.Add(row);
            }

            return rows;
        }
        catch (CsvHelperException ex) when (ex is not null)
        {
            int line = ex.Context?.Parser?.RawRow ?? 0;
            throw new ResultsFormatException(
                $"'{source}' line {line}: expected long-format CSV ({string.Join(",", Columns)}) with quotes " +
                "closed on the same record; the CSV reader stopped here.", ex)
            { File = source, LineNumber = line };
        }
    }

    /// <summary>Known metrics and their units are matched without regard to case and written as catalogued.</summary>
    private static MetricObservation Canonical(MetricObservation row)
    {
        var known = MetricCatalog.All.FirstOrDefault(
            m => string.Equals(m.Id, row.Metric, StringComparison.OrdinalIgnoreCase));
        return known is null
            ? row
            : row with
            {
                Metric = known.Id,
                Unit = string.Equals(known.Unit, row.Unit, StringComparison.OrdinalIgnoreCase) ? known.Unit : row.Unit,
            };
    }

    /// <summary>One value per target, run and metric, and one unit per metric: the catalogued one for a known
    /// metric, the first one seen otherwise.</summary>
    private static void Check(
        MetricObservation row,
        string source,
        int line,
        Dictionary<(string, int, string), int> seen,
        Dictionary<string, (string Unit, int Line)> units)
    {
        if (seen.TryGetValue((row.Target, row.Run, row.Metric), out int first))
        {
            throw Error(source, line, $"one row per target, run and metric (line {first} has the same)",
                $"{row.Target},{row.Run},{row.Metric}");
        }

        seen[(row.Target, row.Run, row.Metric)] = line;
        var known = MetricCatalog.All.FirstOrDefault(m => m.Id == row.Metric);
        if (known is not null && known.Unit != row.Unit)
        {
            throw Error(source, line, $"the unit '{known.Unit}' for metric '{known.Id}'", row.Unit);
        }

        if (units.TryGetValue(row.Metric, out var unit) && unit.Unit != row.Unit)
        {
            throw Error(source, line, $"the unit '{unit.Unit}' of metric '{row.Metric}' as on line {unit.Line}",
                row.Unit);
        }

        units.TryAdd(row.Metric, (row.Unit, line));
    }

    private static int Column(CsvReader csv, string name, string source)
    {
        string[] header = [.. (csv.HeaderRecord ?? []).Select(h => h.TrimStart('\uFEFF'))];
        if (header.Count(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) > 1)
        {
            throw Error(source, 1, $"one '{name}' column", string.Join(",", header));
        }

        int found = Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        return found >= 0
            ? found
            : throw Error(source, 1, $"a '{name}' column in the header ({string.Join(",", Columns)})",
                string.Join(",", csv.HeaderRecord ?? []));
    }

    private static string Text(CsvReader csv, int index, string column, string source, int line) =>
        csv.GetField(index) is { Length: > 0 } text
            ? text
            : throw Error(source, line, $"a non-empty '{column}'", csv.GetField(index) ?? "nothing");

    private static int Run(CsvReader csv, int index, string source, int line)
    {
        string? text = csv.GetField(index);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int run) && run >= 1
            ? run
            : throw Error(source, line, "a 'run' number from 1", text ?? "nothing");
    }

    private static double Value(CsvReader csv, int index, string source, int line)
    {
        string? text = csv.GetField(index);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            && double.IsFinite(value)
            ? value
            : throw Error(source, line, "a finite 'value' with a dot as decimal separator", text ?? "nothing");
    }

    private static ResultsFormatException Error(string source, int line, string expected, string actual) =>
        new($"'{source}' line {line}: expected {expected}; got '{actual}'.") { File = source, LineNumber = line };
}
