using System.Globalization;
using System.Text.RegularExpressions;
using K8sFootprint.Nodes;

namespace K8sFootprint.Measurement;

/// <summary>
/// Reads the node's journal for a window, after the window, and names the scheduled jobs that ran inside it:
/// etcd snapshots (K3s, RKE2), snap refreshes, apt timers, motd-news, k0s telemetry, cron. They make one idle hour
/// unlike the next, so they travel with the result as warnings.
/// </summary>
public static partial class BackgroundJobs
{
    private static readonly (string Job, Regex Pattern)[] Jobs =
    [
        ("etcd snapshot", EtcdSnapshot()),
        ("snap refresh", SnapRefresh()),
        ("apt timer", AptTimer()),
        ("motd-news", MotdNews()),
        ("k0s telemetry", Telemetry()),
        ("cron job", Cron()),
    ];

    /// <summary>The journalctl command that prints the window's entries, one per line, with Unix timestamps.</summary>
    /// <param name="window">The window.</param>
    /// <returns>The command.</returns>
    public static string Command(MeasurementWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        string since = window.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        string until = (window.End.ToUnixTimeSeconds() + 1).ToString(CultureInfo.InvariantCulture);
        return $"journalctl --since @{since} --until @{until} -o short-unix --no-pager -q";
    }

    /// <summary>Finds the scheduled jobs in journal output, one warning per job kind with the times it ran.</summary>
    /// <param name="journal">The output of <see cref="Command"/>.</param>
    /// <returns>The warnings, in the order of the first entry of each job.</returns>
    public static IReadOnlyList<MeasurementWarning> Find(string journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var seen = new Dictionary<string, List<string>>();
        foreach (string line in journal.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (job, pattern) in Jobs)
            {
                if (pattern.IsMatch(line))
                {
                    if (!seen.TryGetValue(job, out var times))
                    {
                        seen[job] = times = [];
                    }

                    times.Add(Time(line));
                    break;
                }
            }
        }

        return [.. seen.Select(j => new MeasurementWarning(WarningCodes.BackgroundJob,
            $"A {j.Key} ran inside the window ({j.Value.Count} journal entries, first at {j.Value[0]}); this run " +
            "may spend more than an idle hour without it."))];
    }

    /// <summary>Reads the journal of the window on the node and returns the warnings; a node without journalctl
    /// (or whose journal cannot be read) gives none.</summary>
    /// <param name="node">The node.</param>
    /// <param name="window">The window.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The warnings.</returns>
    public static async Task<IReadOnlyList<MeasurementWarning>> ScanAsync(
        INodeShell node, MeasurementWindow window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        var result = await node.RunAsync(Command(window),
            new CommandOptions { Step = "read the journal of the window", Timeout = TimeSpan.FromMinutes(1) },
            cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? Find(result.StandardOutput) : [];
    }

    private static string Time(string line)
    {
        string first = line.Split(' ', 2)[0];
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
                .ToString("u", CultureInfo.InvariantCulture)
            : "an unknown time";
    }

    [GeneratedRegex(
        @"etcd-snapshot|[Ss]aving (etcd )?snapshot|[Ss]napshot .*etcd|etcd.*snapshot", RegexOptions.None, 1000)]
    private static partial Regex EtcdSnapshot();

    [GeneratedRegex(@"snapd\[\d+\]:.*(refresh|Refresh)|auto-refresh", RegexOptions.None, 1000)]
    private static partial Regex SnapRefresh();

    [GeneratedRegex(@"apt-daily|unattended-upgrade", RegexOptions.None, 1000)]
    private static partial Regex AptTimer();

    [GeneratedRegex(@"motd-news", RegexOptions.None, 1000)]
    private static partial Regex MotdNews();

    [GeneratedRegex(@"k0s.*telemetry|telemetry.*k0s", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Telemetry();

    [GeneratedRegex(@"CRON\[\d+\]", RegexOptions.None, 1000)]
    private static partial Regex Cron();
}
