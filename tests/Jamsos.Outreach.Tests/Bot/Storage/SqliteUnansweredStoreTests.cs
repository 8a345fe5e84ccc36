using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>The unanswered-question store against a real SQLite file.</summary>
public sealed class SqliteUnansweredStoreTests : IDisposable
{
    private readonly TempDatabase temp = new();
    private readonly SqliteUnansweredStore store;

    public SqliteUnansweredStoreTests()
    {
        store = new SqliteUnansweredStore(temp.Database);
    }

    [Fact]
    public async Task ListAsync_AfterAdd_ReturnsTheQuestion()
    {
        var question = new UnansweredQuestion("bisa klaim buat kucing?", "claim", 0.12, "id", "telegram", Monday);

        await store.AddAsync(question);

        Assert.Equal([question], await store.ListAsync());
    }

    [Fact]
    public async Task AddAsync_QuestionWithNik_StoresItMasked()
    {
        await store.AddAsync(new UnansweredQuestion("nik saya 3201123456789012 kok ditolak", "registration", 0.2, "id", "telegram", Monday));

        var stored = await store.ListAsync();

        Assert.Equal("nik saya [angka] kok ditolak", stored.Single().Question);
    }

    [Fact]
    public async Task AddAsync_QuestionWithNik_NeverWritesTheDigitsToTheFile()
    {
        await store.AddAsync(new UnansweredQuestion("nik saya 3201123456789012", "registration", 0.2, "id", "telegram", Monday));

        Assert.Equal(0L, temp.Scalar("SELECT COUNT(*) FROM unanswered WHERE question LIKE '%3201123456789012%';"));
    }

    [Fact]
    public async Task ListAsync_Since_ReturnsOnlyQuestionsOnOrAfterIt()
    {
        await store.AddAsync(new UnansweredQuestion("lama", "x", 0.1, "id", "telegram", Monday));
        await store.AddAsync(new UnansweredQuestion("baru", "x", 0.1, "id", "telegram", Monday.AddDays(1)));

        var list = await store.ListAsync(since: Monday.AddDays(1));

        Assert.Equal(["baru"], list.Select(q => q.Question));
    }

    public void Dispose() => temp.Dispose();
}
