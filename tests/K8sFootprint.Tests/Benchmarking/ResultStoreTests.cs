using System.Text;
using K8sFootprint.Benchmarking;
using K8sFootprint.Statistics;

namespace K8sFootprint.Tests.Benchmarking;

public sealed class ResultStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("k8sfp-store-").FullName;

    private string StorePath => Path.Combine(_directory, "results.jsonl");

    [Fact]
    public async Task AppendAsync_ThenReadAsync_GivesEveryRunBackInOrderWithItsValues()
    {
        using var sut = new ResultStore(StorePath);

        await sut.AppendAsync(Record("k3s", 1, 512), TestContext.Current.CancellationToken);
        await sut.AppendAsync(Record("k3s", 2, 520), TestContext.Current.CancellationToken);
        await sut.AppendAsync(Record("kubeadm", 1, 600), TestContext.Current.CancellationToken);
        var contents = await sut.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Empty(contents.Problems);
        Assert.Equal([("k3s", 1), ("k3s", 2), ("kubeadm", 1)], contents.Runs.Select(r => (r.Target, r.Run)));
        Assert.Equal(520, contents.RunsOf("k3s")[1].Metrics.Single().Value);
        Assert.Equal(3, File.ReadAllLines(StorePath).Length);
        Assert.Equal(3, contents.Observations().Count());
    }

    [Fact]
    public async Task ReadAsync_MissingFile_IsEmpty()
    {
        using var sut = new ResultStore(StorePath);

        var contents = await sut.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Empty(contents.Runs);
        Assert.False(File.Exists(StorePath));
    }

    [Fact]
    public async Task ReadAsync_TornLastLine_SkipsItWithAProblemAndKeepsTheRest()
    {
        using var sut = new ResultStore(StorePath);
        await sut.AppendAsync(Record("k3s", 1, 512), TestContext.Current.CancellationToken);
        await sut.AppendAsync(Record("k3s", 2, 520), TestContext.Current.CancellationToken);
        string whole = await File.ReadAllTextAsync(StorePath, TestContext.Current.CancellationToken);
        string third = Line(Record("k3s", 3, 530));
        await File.AppendAllTextAsync(StorePath, third[..(third.Length / 2)], TestContext.Current.CancellationToken);

        var contents = await sut.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal([1, 2], contents.Runs.Select(r => r.Run));
        var problem = Assert.Single(contents.Problems);
        Assert.Equal(StoreProblemKind.TornLine, problem.Kind);
        Assert.Equal(3, problem.Line);
        Assert.Contains("line 3", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith(whole, await File.ReadAllTextAsync(StorePath, TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_AfterATornLine_RemovesTheFragmentAndStartsOnAFreshLine()
    {
        using var sut = new ResultStore(StorePath);
        await sut.AppendAsync(Record("k3s", 1, 512), TestContext.Current.CancellationToken);
        await File.AppendAllTextAsync(StorePath, "{\"schemaVersion\":1,\"tar", TestContext.Current.CancellationToken);

        await sut.AppendAsync(Record("k3s", 2, 520), TestContext.Current.CancellationToken);
        var contents = await sut.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Empty(contents.Problems);
        Assert.Equal([1, 2], contents.Runs.Select(r => r.Run));
    }

    [Fact]
    public async Task CompleteLastRecordWithoutItsLineEnd_IsKeptAndGetsItsLineEnd()
    {
        await File.WriteAllTextAsync(StorePath, Line(Record("k3s", 1, 512)).TrimEnd('\n'),
            TestContext.Current.CancellationToken);
        using var sut = new ResultStore(StorePath);

        var before = await sut.ReadAsync(TestContext.Current.CancellationToken);
        await sut.AppendAsync(Record("k3s", 2, 520), TestContext.Current.CancellationToken);
        var after = await sut.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Empty(before.Problems);
        Assert.Equal([1], before.Runs.Select(r => r.Run));
        Assert.Equal([1, 2], after.Runs.Select(r => r.Run));
        Assert.Empty(after.Problems);
    }

    [Theory]
    [InlineData("target,run,metric,value,unit\nk3s,1,memory,1,bytes\n")]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"node\": \"x\"\n}")]
    public async Task AppendAsync_FileIsNotAStore_RefusesAndLeavesItUntouched(string content)
    {
        await File.WriteAllTextAsync(StorePath, content, TestContext.Current.CancellationToken);
        using var sut = new ResultStore(StorePath);

        var ex = await Assert.ThrowsAsync<IOException>(
            () => sut.AppendAsync(Record("k3s", 1, 1), TestContext.Current.CancellationToken));

        Assert.Contains("is not a result store", ex.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllTextAsync(StorePath, TestContext.Current.CancellationToken));
        Assert.False(ResultStore.IsResultStore(StorePath));
    }

    [Fact]
    public async Task AppendAsync_SecondWriterOnTheSameStore_IsRefusedWhileTheFirstHoldsIt()
    {
        using var first = new ResultStore(StorePath);
        using var second = new ResultStore(StorePath);
        await first.AppendAsync(Record("k3s", 1, 1), TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<IOException>(
            () => second.AppendAsync(Record("k3s", 2, 1), TestContext.Current.CancellationToken));

        Assert.Contains("being written by another process", ex.Message, StringComparison.Ordinal);
        first.Dispose();
        await second.AppendAsync(Record("k3s", 2, 1), TestContext.Current.CancellationToken);
        Assert.Equal(2, (await second.ReadAsync(TestContext.Current.CancellationToken)).Runs.Count);
    }

    [Fact]
    public async Task ReadAsync_BadLinesInTheMiddle_AreSkippedOneByOneAndNamed()
    {
        var lines = new StringBuilder()
            .Append(Line(Record("k3s", 1, 512)))
            .Append("not json at all\n")
            .Append(Line(Record("k3s", 2, 520) with { SchemaVersion = 99 }))
            .Append(Line(Record("k3s", 1, 999)))
            .Append('\n')
            .Append(Line(Record("k3s", 3, 530)));
        await File.WriteAllTextAsync(StorePath, lines.ToString(), TestContext.Current.CancellationToken);
        using var sut = new ResultStore(StorePath);

        var contents = await sut.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal([(1, 512.0), (3, 530.0)], contents.Runs.Select(r => (r.Run, r.Metrics[0].Value)));
        Assert.Equal(
            [
                (2, StoreProblemKind.Unreadable), (3, StoreProblemKind.UnsupportedSchema),
                (4, StoreProblemKind.Duplicate),
            ],
            contents.Problems.Select(p => (p.Line, p.Kind)));
        Assert.Contains("expected 1", contents.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_NonFiniteValue_IsRefusedAndNamesTheMetric()
    {
        using var sut = new ResultStore(StorePath);
        var record = Record("k3s", 1, double.NaN);

        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => sut.AppendAsync(record, TestContext.Current.CancellationToken));

        Assert.Contains("'memory'", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(StorePath));
    }

    [Fact]
    public async Task AppendAsync_DirectoryMissing_ThrowsIOExceptionNamingTheStore()
    {
        using var sut = new ResultStore(Path.Combine(_directory, "missing", "results.jsonl"));

        var ex = await Assert.ThrowsAsync<IOException>(
            () => sut.AppendAsync(Record("k3s", 1, 1), TestContext.Current.CancellationToken));

        Assert.Contains("missing/results.jsonl", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Run 1 of 'k3s'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_ManyWritersInOneProcess_WritesWholeLinesOnly()
    {
        using var sut = new ResultStore(StorePath);

        await Parallel.ForEachAsync(Enumerable.Range(1, 40), TestContext.Current.CancellationToken,
            async (i, ct) => await sut.AppendAsync(Record($"t{i % 4}", (i / 4) + 1, i), ct));
        var contents = await sut.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Empty(contents.Problems);
        Assert.Equal(40, contents.Runs.Count);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    internal static RunRecord Record(string target, int run, double memory) => new()
    {
        Target = target,
        Run = run,
        StoredAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
        Metrics = [new RunMetric(MetricCatalog.Memory.Id, memory, "bytes")],
    };

    private static string Line(RunRecord record) =>
        System.Text.Json.JsonSerializer.Serialize(
            record, K8sFootprint.Benchmarking.Internal.StoreJsonContext.Default.RunRecord) + "\n";
}
