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

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        DetectColumnCountChanges = true,
        TrimOptions = TrimOptions.Trim,
    };

    /// <summary>Writes runs as long-format CSV.</summary>
    /// <param name="observations">The rows.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(IEnumerable<MetricObservation> observations, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = new CsvWriter(writer, Configuration, leaveOpen: true);
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
        using var csv = new CsvReader(reader, Configuration, leaveOpen: true);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw Error(source, 1, $"a header row with the columns {string.Join(",", Columns)}", "nothing");
            }

            int[] index = [.. Columns.Select(c => Column(csv, c, source))];
            var rows = new List<MetricObservation>();
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                rows.Add(new MetricObservation(
                    Text(csv, index[0], "target", source, line),
                    Run(csv, index[1], source, line),
                    Text(csv, index[2], "metric", source, line),
                    Value(csv, index[3], source, line),
                    Text(csv, index[4], "unit", source, line)));
            }

            return rows;
        }
        catch (CsvHelperException ex) when (ex is not null)
        {
            int line = ex.Context?.Parser?.RawRow ?? 0;
            throw new ResultsFormatException(
                $"'{source}' line {line}: expected long-format CSV ({string.Join(",", Columns)}); " +
                $"{ex.GetType().Name}.", ex)
            { File = source, LineNumber = line };
        }
    }

    private static int Column(CsvReader csv, string name, string source)
    {
        int found = Array.FindIndex(
            csv.HeaderRecord ?? [], h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
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
