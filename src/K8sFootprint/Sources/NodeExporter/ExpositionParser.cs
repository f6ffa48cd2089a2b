using System.Buffers;
using System.Globalization;
using System.Text;

namespace K8sFootprint.Sources.NodeExporter;

/// <summary>
/// Parses the Prometheus text exposition format 0.0.4 and OpenMetrics 1.0, line by line from a stream.
/// Strict mode stops at the first invalid line with its line number; lenient mode skips it and reports it.
/// </summary>
public static class ExpositionParser
{
    private static readonly string[] Suffixes =
        ["_total", "_created", "_bucket", "_count", "_sum", "_gcount", "_gsum", "_info"];

    /// <summary>Parses an exposition held in a string.</summary>
    /// <param name="text">The exposition.</param>
    /// <param name="format">Text format 0.0.4 or OpenMetrics.</param>
    /// <param name="strict">Throw at the first invalid line instead of skipping it.</param>
    /// <returns>The families, and the skipped lines in lenient mode.</returns>
    /// <exception cref="ExpositionFormatException">In strict mode, a line is invalid.</exception>
    public static ExpositionParseResult Parse(
        string text,
        ExpositionFormat format = ExpositionFormat.Text,
        bool strict = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var state = new ParserState(format, strict);
        int number = 0;
        foreach (string line in SplitLines(text))
        {
            state.Line(line, ++number);
        }

        return state.Finish(number);
    }

    /// <summary>Parses an exposition from a stream, reading it line by line.</summary>
    /// <param name="stream">The exposition, UTF-8.</param>
    /// <param name="format">Text format 0.0.4 or OpenMetrics.</param>
    /// <param name="strict">Throw at the first invalid line instead of skipping it.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The families, and the skipped lines in lenient mode.</returns>
    /// <exception cref="ExpositionFormatException">In strict mode, a line is invalid.</exception>
    public static async Task<ExpositionParseResult> ParseAsync(
        Stream stream,
        ExpositionFormat format = ExpositionFormat.Text,
        bool strict = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(
            stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var state = new ParserState(format, strict);
        int number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            state.Line(line, ++number);
        }

        return state.Finish(number);
    }

    /// <summary>Parses an exposition from a pipe, line by line, without reading it whole first.</summary>
    /// <param name="reader">The exposition, UTF-8; completed when done.</param>
    /// <param name="format">Text format 0.0.4 or OpenMetrics.</param>
    /// <param name="strict">Throw at the first invalid line instead of skipping it.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The families, and the skipped lines in lenient mode.</returns>
    /// <exception cref="ExpositionFormatException">In strict mode, a line is invalid.</exception>
    public static async Task<ExpositionParseResult> ParseAsync(
        System.IO.Pipelines.PipeReader reader,
        ExpositionFormat format = ExpositionFormat.Text,
        bool strict = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var state = new ParserState(format, strict);
        int number = 0;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                state.Line(Encoding.UTF8.GetString(buffer.Slice(0, end)), ++number);
                buffer = buffer.Slice(buffer.GetPosition(1, end));
            }

            if (read.IsCompleted)
            {
                if (!buffer.IsEmpty)
                {
                    state.Line(Encoding.UTF8.GetString(buffer), ++number);
                }

                await reader.CompleteAsync().ConfigureAwait(false);
                return state.Finish(number);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>The family a sample belongs to: its own name, or its name without a type suffix.</summary>
    internal static string FamilyName(string sampleName, IReadOnlyDictionary<string, FamilyBuilder> known)
    {
        if (known.ContainsKey(sampleName))
        {
            return sampleName;
        }

        foreach (string suffix in Suffixes)
        {
            if (sampleName.EndsWith(suffix, StringComparison.Ordinal)
                && known.ContainsKey(sampleName[..^suffix.Length]))
            {
                return sampleName[..^suffix.Length];
            }
        }

        return sampleName;
    }

    internal static double ParseValue(ReadOnlySpan<char> token)
    {
        switch (token)
        {
            case "NaN":
                return double.NaN;
            case "+Inf" or "Inf":
                return double.PositiveInfinity;
            case "-Inf":
                return double.NegativeInfinity;
            default:
                break;
        }

        bool plain = token.Length > 0 && token.IndexOfAny("nNiI") < 0;
        return plain && double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new FormatException($"a number (digits, NaN, +Inf or -Inf); got '{token}'");
    }

    internal static MetricType ParseType(string type, ExpositionFormat format) => type switch
    {
        "counter" => MetricType.Counter,
        "gauge" => MetricType.Gauge,
        "histogram" => MetricType.Histogram,
        "summary" => MetricType.Summary,
        "untyped" when format == ExpositionFormat.Text => MetricType.Unknown,
        "unknown" when format == ExpositionFormat.OpenMetrics => MetricType.Unknown,
        "gaugehistogram" when format == ExpositionFormat.OpenMetrics => MetricType.GaugeHistogram,
        "stateset" when format == ExpositionFormat.OpenMetrics => MetricType.StateSet,
        "info" when format == ExpositionFormat.OpenMetrics => MetricType.Info,
        _ => throw new FormatException($"'{type}' is not a metric type of this format"),
    };
}
