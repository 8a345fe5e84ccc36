using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>The group-commit helper: concurrent items share flushes, each gets its own answer, a failure reaches every waiter.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task SubmitAsync_ManyAtOnce_EachGetsItsOwnResult()
    {
        var commit = new GroupCommit<int, int>(async batch =>
        {
            await Task.Yield();
            return [.. batch.Select(i => i * 10)];
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => commit.SubmitAsync(i))));

        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * 10), results);
    }

    [Fact]
    public async Task SubmitAsync_WhileAFlushRuns_JoinsTheNextBatchInsteadOfOneEach()
    {
        var batches = new List<int>();
        using var release = new SemaphoreSlim(0);
        var commit = new GroupCommit<int, bool>(async batch =>
        {
            lock (batches)
            {
                batches.Add(batch.Count);
            }

            await release.WaitAsync();
            return [.. batch.Select(_ => true)];
        });
        var first = commit.SubmitAsync(0);
        var rest = Enumerable.Range(1, 10).Select(i => commit.SubmitAsync(i)).ToList();

        release.Release(2);
        await Task.WhenAll(rest.Append(first));

        Assert.Equal([1, 10], batches);
    }

    [Fact]
    public async Task SubmitAsync_FlushFails_EveryWaiterSeesTheFailure()
    {
        var commit = new GroupCommit<int, bool>(_ => throw new StorageException("disk full"));

        var failures = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Record.ExceptionAsync(() => commit.SubmitAsync(i))));

        Assert.All(failures, f => Assert.IsType<StorageException>(f));
    }
}
