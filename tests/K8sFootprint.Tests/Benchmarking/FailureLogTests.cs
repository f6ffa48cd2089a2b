using K8sFootprint.Benchmarking;

namespace K8sFootprint.Tests.Benchmarking;

public sealed class FailureLogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("k8sfp-failures-").FullName;

    [Fact]
    public async Task ReadAsync_AfterAppendsAndATornLine_ReturnsTheWholeRecordsInOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        var log = new FailureLog(Path.Combine(_folder, "failures.jsonl"));
        var at = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
        await log.AppendAsync(new FailureRecord(1, "k3s", "install", "DistroInstallException", "exit 1", at)
            { Logs = "journal line", RunsStored = 2 }, ct);
        await log.AppendAsync(new FailureRecord(1, "rke2", "connect", "NodeConnectionException", "refused", at), ct);
        await File.AppendAllTextAsync(log.Path, "{\"schemaVersion\":1,\"tar", ct);

        var read = await log.ReadAsync(ct);

        Assert.Equal(["k3s", "rke2"], read.Select(f => f.Target));
        Assert.Equal(("journal line", 2), (read[0].Logs, read[0].RunsStored));
    }

    [Fact]
    public void Beside_AResultStore_IsInTheSameFolder() =>
        Assert.Equal(
            Path.Combine(_folder, "failures.jsonl"), FailureLog.Beside(Path.Combine(_folder, "results.jsonl")));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
