using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>The feedback store against a real SQLite file.</summary>
public sealed class SqliteFeedbackStoreTests : IDisposable
{
    private readonly TempDatabase temp = new();
    private readonly SqliteFeedbackStore store;

    public SqliteFeedbackStoreTests()
    {
        store = new SqliteFeedbackStore(temp.Database);
    }

    [Fact]
    public async Task ListAsync_AfterAdd_ReturnsTheSameVotesInOrder()
    {
        var votes = new[]
        {
            new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", Monday),
            new Feedback("jkm", "death_benefit", false, "discord", "en", Monday.AddMinutes(1)),
        };

        foreach (var vote in votes)
        {
            await store.AddAsync(vote);
        }

        Assert.Equal(votes, await store.ListAsync());
    }

    [Fact]
    public async Task ListAsync_Since_ReturnsOnlyVotesOnOrAfterIt()
    {
        await store.AddAsync(new Feedback("a", "x", true, "telegram", "id", Monday));
        await store.AddAsync(new Feedback("b", "x", true, "telegram", "id", Monday.AddDays(1)));

        var list = await store.ListAsync(since: Monday.AddDays(1));

        Assert.Equal(["b"], list.Select(f => f.EntryId));
    }

    public void Dispose() => temp.Dispose();
}
