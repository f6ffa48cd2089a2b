using K8sFootprint.Measurement;
using K8sFootprint.Tests.Distros;

namespace K8sFootprint.Tests.Measurement;

public sealed class BackgroundJobsTests
{
    private static readonly MeasurementWindow Window = new(
        new DateTimeOffset(2026, 12, 3, 11, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 3, 12, 30, 0,
            TimeSpan.Zero), TimeSpan.FromSeconds(15), 241, TimeSpan.FromMinutes(10), null);

    [Fact]
    public void Find_JournalOfAnIdleHour_NamesEachScheduledJobOnceWithItsFirstTime()
    {
        const string journal = """
            1796299200.123456 node k3s[812]: level=info msg="Saving etcd snapshot to /var/lib/rancher/k3s/snap-1"
            1796299201.000000 node k3s[812]: level=info msg="Saving snapshot metadata to /var/lib/rancher/k3s/meta-1"
            1796297000.500000 node systemd[1]: Starting apt-daily.service - Daily apt download activities...
            1796297100.000000 node kubelet[900]: I1203 11:45:00 operation_generator.go:123] MountVolume succeeded
            1796298000.000000 node CRON[4242]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)
            """;

        var sut = BackgroundJobs.Find(journal);

        Assert.Equal(3, sut.Count);
        Assert.All(sut, w => Assert.Equal(WarningCodes.BackgroundJob, w.Code));
        Assert.Contains("etcd snapshot ran inside the window (2 journal entries, first at 2026-12-03 12:00:00Z)",
            sut[0].Message, StringComparison.Ordinal);
        Assert.Contains("apt timer", sut[1].Message, StringComparison.Ordinal);
        Assert.Contains("cron job", sut[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_QuietJournal_HasNoWarnings() =>
        Assert.Empty(BackgroundJobs.Find("1796297100.0 node kubelet[900]: I1203 sync loop\n"));

    [Fact]
    public async Task ScanAsync_AsksForExactlyTheWindowAndToleratesANodeWithoutAJournal()
    {
        var shell = new ScriptedNodeShell().On("^journalctl", ScriptedNodeShell.Fail(127, "journalctl: not found"));

        var sut = await BackgroundJobs.ScanAsync(shell, Window, TestContext.Current.CancellationToken);

        Assert.Empty(sut);
        Assert.Equal("journalctl --since @1796297400 --until @1796301001 -o short-unix --no-pager -q",
            Assert.Single(shell.Commands));
    }
}
