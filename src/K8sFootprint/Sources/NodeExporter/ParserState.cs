namespace K8sFootprint.Sources.NodeExporter;

/// <summary>The state of one parse: families so far, errors so far, whether <c># EOF</c> was seen.</summary>
internal sealed class ParserState(ExpositionFormat format, bool strict)
{
    private readonly Dictionary<string, FamilyBuilder> _families = new(StringComparer.Ordinal);
    private readonly List<FamilyBuilder> _order = [];
    private readonly List<ExpositionFormatException> _errors = [];
    private bool _eof;

    public void Line(string raw, int number)
    {
        string line = raw.EndsWith('\r') ? raw[..^1] : raw;
        try
        {
            if (_eof)
            {
                throw new FormatException("nothing after '# EOF'");
            }

            if (line.Length == 0)
            {
                if (format == ExpositionFormat.OpenMetrics)
                {
                    throw new FormatException("no empty lines in OpenMetrics");
                }

                return;
            }

            if (line[0] == '#')
            {
                Metadata(line);
                return;
            }

            var sample = SampleLineReader.Read(line, format);
            Family(ExpositionParser.FamilyName(sample.Name, _families)).Samples.Add(sample);
        }
        catch (FormatException ex)
        {
            Fail(number, line, ex.Message);
        }
    }

    public ExpositionParseResult Finish(int lines)
    {
        if (format == ExpositionFormat.OpenMetrics && !_eof)
        {
            Fail(lines, string.Empty, "OpenMetrics ends with '# EOF'; the exposition is truncated");
        }

        return new ExpositionParseResult(_order.Select(f => f.Build()).ToList(), _errors);
    }

    private void Metadata(string line)
    {
        string[] parts = line.Split(' ', 4);
        if (parts is ["#", "EOF"])
        {
            _eof = true;
            return;
        }

        bool known = parts.Length >= 3 && parts[0] == "#" && parts[1] is "HELP" or "TYPE"
            || (parts.Length >= 3 && parts[0] == "#" && parts[1] == "UNIT" && format == ExpositionFormat.OpenMetrics);
        if (!known)
        {
            if (format == ExpositionFormat.OpenMetrics)
            {
                throw new FormatException("'# HELP', '# TYPE', '# UNIT' or '# EOF'");
            }

            return;
        }

        SampleLineReader.ValidateName(parts[2]);
        var family = Family(parts[2]);
        string rest = parts.Length > 3 ? parts[3] : string.Empty;
        switch (parts[1])
        {
            case "HELP":
                family.Help = family.Help is null ? Unescape(rest) : throw Duplicate("HELP", family.Name);
                break;
            case "TYPE":
                family.Type = !family.TypeSet
                    ? ExpositionParser.ParseType(rest.Trim(), format)
                    : throw Duplicate("TYPE", family.Name);
                family.TypeSet = true;
                break;
            default:
                family.Unit = family.Unit is null ? rest : throw Duplicate("UNIT", family.Name);
                break;
        }
    }

    private static FormatException Duplicate(string what, string name) =>
        new($"a single '# {what}' for '{name}'; this one repeats it");

    private static string Unescape(string help) =>
        help.Replace("\\\\", "\u0001", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal)
            .Replace("\u0001", "\\", StringComparison.Ordinal);

    private FamilyBuilder Family(string name)
    {
        if (!_families.TryGetValue(name, out var family))
        {
            family = new FamilyBuilder(name);
            _families[name] = family;
            _order.Add(family);
        }

        return family;
    }

    private void Fail(int number, string line, string expected)
    {
        string shown = line.Length <= 120 ? line : line[..120] + " …";
        var error = new ExpositionFormatException($"Invalid exposition line {number} ('{shown}'): expected {expected}.")
        {
            LineNumber = number,
            Line = shown,
        };
        if (strict)
        {
            throw error;
        }

        _errors.Add(error);
    }
}
