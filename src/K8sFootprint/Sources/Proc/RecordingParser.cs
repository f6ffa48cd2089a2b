using System.Globalization;

namespace K8sFootprint.Sources.Proc;

/// <summary>Reads the recorder's file format: <c>%key value</c> facts, <c>@section</c> markers and raw copies
/// of the /proc files under them.</summary>
internal sealed class RecordingParser
{
    public const string Magic = "#k8sfootprint-recorder 1";

    private readonly string _file;
    private readonly ProcRecording _recording = new();
    private string? _section;
    private int _line;

    private RecordingParser(string file) => _file = file;

    /// <summary>Parses a complete recording.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="file">The file's name or path, for error messages.</param>
    /// <exception cref="RecordingFormatException">The text is not a complete recording.</exception>
    public static ProcRecording Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new RecordingParser(file);
        parser.ParseLines(text);
        return parser._recording;
    }

    private TextLocation Here(string what) => new($"{_file} ({what})", _line);

    private void ParseLines(string text)
    {
        string[] lines = text.Split('\n');
        int count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        if (count == 0 || lines[0] != Magic)
        {
            _line = 1;
            throw Here("header").Error($"the first line '{Magic}'", count == 0 ? null : lines[0]);
        }

        for (_line = 2; _line <= count; _line++)
        {
            ParseLine(lines[_line - 1]);
        }

        _recording.SizeBytes = System.Text.Encoding.UTF8.GetByteCount(text);
        EnsureComplete(count);
    }

    private void ParseLine(string line)
    {
        if (line.StartsWith('%'))
        {
            ParseFact(line);
            return;
        }

        if (line.StartsWith('@'))
        {
            ParseSectionStart(line);
            return;
        }

        ParseContent(line);
    }

    private void ParseFact(string line)
    {
        string[] parts = line[1..].Split(' ', 2);
        string key = parts[0];
        string value = parts.Length > 1 ? parts[1] : string.Empty;
        var here = Here($"%{key}");
        switch (key)
        {
            case "interval_cs":
                _recording.IntervalCentiseconds = Positive(value, here);
                break;
            case "duration_cs":
                _recording.DurationCentiseconds = Positive(value, here);
                break;
            case "clk_tck":
                _recording.ClockTicksPerSecond = Positive(value, here);
                break;
            case "cpus":
                _recording.CpuCount = Positive(value, here);
                break;
            case "boot_id":
                _recording.BootId = value;
                break;
            case "kernel":
                _recording.Kernel = value;
                break;
            case "hostname":
                _recording.Hostname = value;
                break;
            case "physical":
                _recording.PhysicalInterfaces.Add(value);
                break;
            case "block":
                _recording.BlockDevices.Add(value);
                break;
            case "realtime":
                _recording.Realtime.Add(ParseRealtime(value, here));
                break;
            case "self":
                _recording.SelfTicks.Add(ParseSelf(value, here));
                break;
            case "rss_kb":
                _recording.ResidentKilobytes.Add(Fields.Int64(value, here, "the resident set size in kB"));
                break;
            case "end":
                _recording.EndUptime = Fields.Int64(value, here, "the uptime in centiseconds");
                break;
            default:
                break;
        }

        _section = null;
    }

    private void ParseSectionStart(string line)
    {
        string[] parts = line[1..].Split(' ', 2);
        _section = parts[0];
        var here = Here($"@{_section}");
        switch (_section)
        {
            case "sample":
                _recording.Samples.Add(new ProcSample(Uptime(parts, here), _line));
                break;
            case "filesystems":
                _recording.Filesystems.Add(new ProcFilesystems(Uptime(parts, here)));
                break;
            case "end-filesystems":
                CurrentFilesystems(here).Complete = true;
                _section = null;
                break;
            case "stat":
                CurrentSample(here).Cpu = null;
                break;
            case "diskstats":
                CurrentSample(here).Disks = [];
                break;
            case "netdev":
                CurrentSample(here).Interfaces = [];
                break;
            case "meminfo":
                _ = CurrentSample(here);
                break;
            case "mountinfo" or "df":
                _ = CurrentFilesystems(here);
                break;
            case "os-release":
                break;
            default:
                throw here.Error("a known section (sample, stat, meminfo, diskstats, netdev, filesystems, ...)", line);
        }
    }

    private void ParseContent(string line)
    {
        switch (_section)
        {
            case "stat":
                var sample = CurrentSample(Here("/proc/stat"));
                sample.Cpu = ProcStatParser.ParseCpuLine(line, Here("/proc/stat"));
                break;
            case "meminfo":
                var memory = MemInfoParser.ParseLine(line, Here("/proc/meminfo"));
                CurrentSample(Here("/proc/meminfo")).Memory[memory.Key] = memory.Value;
                break;
            case "diskstats":
                CurrentSample(Here("/proc/diskstats")).Disks!.Add(
                    DiskStatsParser.ParseLine(line, Here("/proc/diskstats")));
                break;
            case "netdev" when !NetDevParser.IsHeader(line):
                CurrentSample(Here("/proc/net/dev")).Interfaces!.Add(
                    NetDevParser.ParseLine(line, Here("/proc/net/dev")));
                break;
            case "mountinfo":
                CurrentFilesystems(Here("mountinfo")).Mounts.Add(MountInfoParser.ParseLine(line, Here("mountinfo")));
                break;
            case "df" when !DfParser.IsHeader(line):
                CurrentFilesystems(Here("df")).Usage.Add(DfParser.ParseLine(line, Here("df")));
                break;
            case "os-release":
                if (OsReleaseParser.ParseLine(line) is { } pair)
                {
                    _recording.OsRelease[pair.Key] = pair.Value;
                }

                break;
            case "netdev" or "df":
                break;
            default:
                throw Here("recording").Error("a '%fact' or '@section' line", line);
        }
    }

    private ProcSample CurrentSample(TextLocation here) =>
        _recording.Samples.Count > 0 ? _recording.Samples[^1] : throw here.Error("an '@sample' line first", null);

    private ProcFilesystems CurrentFilesystems(TextLocation here) =>
        _recording.Filesystems.Count > 0
            ? _recording.Filesystems[^1]
            : throw here.Error("an '@filesystems' line first", null);

    private void EnsureComplete(int lineCount)
    {
        _line = lineCount;
        if (_recording.EndUptime is null)
        {
            throw Here("recording").Error(
                "the closing '%end' line; the recording is truncated (the recorder stopped before t1)", null);
        }

        foreach (var sample in _recording.Samples)
        {
            _line = sample.Line;
            var here = Here("@sample");
            if (sample.Cpu is null || sample.Disks is null || sample.Interfaces is null)
            {
                throw here.Error("the stat, meminfo, diskstats and netdev sections in every sample",
                    "an incomplete sample");
            }

            if (!sample.Memory.ContainsKey("MemTotal") || !sample.Memory.ContainsKey("MemAvailable"))
            {
                throw here.Error("MemTotal and MemAvailable in /proc/meminfo (kernel 3.14 or later)", "neither or one");
            }
        }

        if (_recording.Samples.Count < 2 || _recording.IntervalCentiseconds == 0 || _recording.Filesystems.Count < 2)
        {
            throw Here("recording").Error(
                "an interval, at least two samples and file-system snapshots at both ends",
                $"{_recording.Samples.Count} samples and {_recording.Filesystems.Count} snapshots");
        }
    }

    private static long Uptime(string[] parts, TextLocation here) =>
        parts.Length > 1
            ? Fields.Int64(parts[1], here, "the uptime in centiseconds")
            : throw here.Error("an uptime", null);

    private static int Positive(string value, TextLocation here)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number > 0)
        {
            return number;
        }

        throw here.Error("a positive integer", value);
    }

    private static (long, long) ParseRealtime(string value, TextLocation here)
    {
        string[] f = Fields.Split(value);
        if (f.Length != 2)
        {
            throw here.Error("'UPTIME_CS UNIX_NANOSECONDS'", value);
        }

        return (Fields.Int64(f[0], here, "the uptime"), Fields.Int64(f[1], here, "the Unix time in nanoseconds"));
    }

    /// <summary>Reads utime, stime, cutime and cstime (fields 14–17 of proc_pid_stat(5)).</summary>
    private static (long, long) ParseSelf(string value, TextLocation here)
    {
        int space = value.IndexOf(' ', StringComparison.Ordinal);
        int close = value.LastIndexOf(')');
        string[] f = close > 0 ? Fields.Split(value[(close + 1)..]) : [];
        if (space <= 0 || f.Length < 15)
        {
            throw here.Error("'UPTIME_CS' followed by a /proc/self/stat line", value);
        }

        long uptime = Fields.Int64(value[..space], here, "the uptime");
        long ticks = 0;
        for (int i = 11; i <= 14; i++)
        {
            ticks += Fields.Int64(f[i], here, $"CPU ticks in field {i + 3} of /proc/self/stat");
        }

        return (uptime, ticks);
    }
}
