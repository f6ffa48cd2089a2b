using System.Globalization;
using System.Text;

namespace K8sFootprint.Sources.NodeExporter;

/// <summary>Reads one sample line: <c>name{label="value",...} value [timestamp] [# {labels} value [ts]]</c>.</summary>
internal ref struct SampleLineReader
{
    private readonly ReadOnlySpan<char> _line;
    private readonly ExpositionFormat _format;
    private int _at;

    private SampleLineReader(ReadOnlySpan<char> line, ExpositionFormat format)
    {
        _line = line;
        _format = format;
    }

    public static MetricSample Read(string line, ExpositionFormat format)
    {
        var reader = new SampleLineReader(line, format);
        return reader.ReadSample();
    }

    public static void ValidateName(string name)
    {
        var reader = new SampleLineReader(name, ExpositionFormat.Text);
        if (reader.ReadName(metric: true).Length != name.Length)
        {
            throw new FormatException($"a metric name; got '{name}'");
        }
    }

    private MetricSample ReadSample()
    {
        string name = ReadName(metric: true);
        SkipSpaces();
        var labels = Peek('{') ? ReadLabels() : [];
        double value = ExpositionParser.ParseValue(Token("a value after the name and labels"));
        DateTimeOffset? timestamp = null;
        Exemplar? exemplar = null;
        SkipSpaces();
        if (!AtEnd && !Peek('#'))
        {
            timestamp = Timestamp(Token("a timestamp"));
        }

        SkipSpaces();
        if (!AtEnd && Peek('#'))
        {
            exemplar = _format == ExpositionFormat.OpenMetrics
                ? ReadExemplar()
                : throw new FormatException("end of line; exemplars exist only in OpenMetrics");
        }

        SkipSpaces();
        return AtEnd
            ? new MetricSample(name, labels, value, timestamp, exemplar)
            : throw new FormatException("end of line");
    }

    private readonly bool AtEnd => _at >= _line.Length;

    private readonly bool Peek(char c) => _at < _line.Length && _line[_at] == c;

    private void SkipSpaces()
    {
        while (_at < _line.Length && (_line[_at] == ' ' || _line[_at] == '\t'))
        {
            _at++;
        }
    }

    private string ReadName(bool metric)
    {
        int start = _at;
        while (_at < _line.Length && IsNameChar(_line[_at], _at == start, metric))
        {
            _at++;
        }

        return _at > start
            ? _line[start.._at].ToString()
            : throw new FormatException(metric ? "a metric name" : "a label name");
    }

    private static bool IsNameChar(char c, bool first, bool metric) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_'
            || (metric && c == ':')
            || (!first && c is >= '0' and <= '9');

    private List<KeyValuePair<string, string>> ReadLabels()
    {
        var labels = new List<KeyValuePair<string, string>>();
        _at++;
        while (true)
        {
            SkipSpaces();
            if (Peek('}'))
            {
                _at++;
                return labels;
            }

            string name = ReadName(metric: false);
            SkipSpaces();
            Expect('=');
            SkipSpaces();
            string value = ReadQuoted();
            if (labels.Exists(l => l.Key == name))
            {
                throw new FormatException($"each label once; '{name}' repeats");
            }

            labels.Add(new(name, value));
            SkipSpaces();
            if (Peek(','))
            {
                _at++;
                continue;
            }

            SkipSpaces();
            Expect('}');
            return labels;
        }
    }

    private string ReadQuoted()
    {
        Expect('"');
        var value = new StringBuilder();
        while (_at < _line.Length && _line[_at] != '"')
        {
            char c = _line[_at++];
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            char escaped = _at < _line.Length ? _line[_at++] : throw new FormatException("an escape after '\\'");
            value.Append(escaped switch
            {
                'n' => '\n',
                '\\' => '\\',
                '"' => '"',
                _ => throw new FormatException($"'\\\\', '\\\"' or '\\n'; got '\\{escaped}'"),
            });
        }

        Expect('"');
        return value.ToString();
    }

    private void Expect(char c)
    {
        if (!Peek(c))
        {
            throw new FormatException($"'{c}' at column {_at + 1}");
        }

        _at++;
    }

    private ReadOnlySpan<char> Token(string what)
    {
        SkipSpaces();
        int start = _at;
        while (_at < _line.Length && _line[_at] != ' ' && _line[_at] != '\t')
        {
            _at++;
        }

        return _at > start ? _line[start.._at] : throw new FormatException(what);
    }

    private readonly DateTimeOffset Timestamp(ReadOnlySpan<char> token)
    {
        if (_format == ExpositionFormat.Text)
        {
            return long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long ms)
                && ms is > -62135596800000L and < 253402300799000L
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : throw new FormatException($"a timestamp in integer milliseconds; got '{token}'");
        }

        return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
            && double.IsFinite(seconds) && Math.Abs(seconds) < 253402300799
            ? DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond))
            : throw new FormatException($"a timestamp in seconds; got '{token}'");
    }

    private Exemplar ReadExemplar()
    {
        _at++;
        SkipSpaces();
        if (!Peek('{'))
        {
            throw new FormatException("'{' starting the exemplar's labels");
        }

        var labels = ReadLabels();
        double value = ExpositionParser.ParseValue(Token("the exemplar's value"));
        SkipSpaces();
        DateTimeOffset? timestamp = AtEnd ? null : Timestamp(Token("the exemplar's timestamp"));
        return new Exemplar(labels, value, timestamp);
    }
}
