using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>The sign-up store against a real SQLite file.</summary>
public sealed class SqliteSignUpStoreTests : IDisposable
{
    private readonly TempDatabase temp = new();
    private readonly SqliteSignUpStore store;

    public SqliteSignUpStoreTests()
    {
        store = new SqliteSignUpStore(temp.Database);
    }

    [Fact]
    public async Task UpsertAsync_NewPhone_ReturnsTrue()
    {
        var isNew = await store.UpsertAsync(SignUp());

        Assert.True(isNew);
    }

    [Fact]
    public async Task UpsertAsync_NewPhone_RoundTripsEveryField()
    {
        var signUp = SignUp();

        await store.UpsertAsync(signUp);

        Assert.Equal(signUp, await store.FindByPhoneAsync(signUp.Phone));
    }

    [Fact]
    public async Task UpsertAsync_NullReferrer_RoundTripsAsNull()
    {
        var signUp = SignUp() with { Referrer = null };

        await store.UpsertAsync(signUp);

        Assert.Null((await store.FindByPhoneAsync(signUp.Phone))!.Referrer);
    }

    [Fact]
    public async Task UpsertAsync_SamePhoneAgain_ReturnsFalse()
    {
        await store.UpsertAsync(SignUp());

        var isNew = await store.UpsertAsync(SignUp(name: "Siti A.", at: Monday.AddDays(2)));

        Assert.False(isNew);
    }

    [Fact]
    public async Task UpsertAsync_SamePhoneAgain_KeepsFirstCreatedAt()
    {
        await store.UpsertAsync(SignUp());

        await store.UpsertAsync(SignUp(at: Monday.AddDays(2)));

        Assert.Equal(Monday, (await store.FindByPhoneAsync("+6281234567890"))!.CreatedAt);
    }

    [Fact]
    public async Task UpsertAsync_SamePhoneAgain_TakesNewUpdatedAt()
    {
        await store.UpsertAsync(SignUp());

        await store.UpsertAsync(SignUp(at: Monday.AddDays(2)));

        Assert.Equal(Monday.AddDays(2), (await store.FindByPhoneAsync("+6281234567890"))!.UpdatedAt);
    }

    [Fact]
    public async Task UpsertAsync_SamePhoneAgain_TakesNewFields()
    {
        await store.UpsertAsync(SignUp());

        await store.UpsertAsync(SignUp(name: "Siti A.", region: "Jawa Tengah", at: Monday.AddDays(2)));

        var stored = await store.FindByPhoneAsync("+6281234567890");
        Assert.Equal(("Siti A.", "Jawa Tengah"), (stored!.Name, stored.Region));
    }

    [Fact]
    public async Task UpsertAsync_SamePhoneAgain_KeepsOneRow()
    {
        await store.UpsertAsync(SignUp());

        await store.UpsertAsync(SignUp(at: Monday.AddDays(2)));

        Assert.Equal(1L, temp.Scalar("SELECT COUNT(*) FROM signups;"));
    }

    [Fact]
    public async Task UpsertAsync_ConcurrentSamePhone_ExactlyOneIsNew()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.UpsertAsync(SignUp()))));

        Assert.Single(results, isNew => isNew);
    }

    [Fact]
    public async Task FindByPhoneAsync_UnknownPhone_ReturnsNull()
    {
        await store.UpsertAsync(SignUp());

        var found = await store.FindByPhoneAsync("+6289999999999");

        Assert.Null(found);
    }

    [Fact]
    public async Task UpsertAsync_SqlInjectionName_StoredVerbatim()
    {
        const string name = "Robert'); DROP TABLE signups;--";

        await store.UpsertAsync(SignUp(name: name));

        Assert.Equal(name, (await store.FindByPhoneAsync("+6281234567890"))!.Name);
    }

    [Fact]
    public async Task UpsertAsync_SqlInjectionName_TableStillExists()
    {
        await store.UpsertAsync(SignUp(name: "Robert'); DROP TABLE signups;--"));

        Assert.Equal(1L, temp.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'signups';"));
    }

    [Theory]
    [InlineData("Dewi 🌸✨ Lestari")]
    [InlineData("مريم العلوي")]
    [InlineData("<b>Andi</b> & <script>alert(1)</script>")]
    [InlineData("Zoë \u200F\u202EreversE")]
    public async Task UpsertAsync_UnusualName_StoredVerbatim(string name)
    {
        await store.UpsertAsync(SignUp(name: name));

        Assert.Equal(name, (await store.FindByPhoneAsync("+6281234567890"))!.Name);
    }

    [Fact]
    public async Task DeleteByUserAsync_UserWithTwoSignUps_ReturnsTwo()
    {
        await store.UpsertAsync(SignUp(phone: "+6281100000001", userId: "7"));
        await store.UpsertAsync(SignUp(phone: "+6281100000002", userId: "7"));
        await store.UpsertAsync(SignUp(phone: "+6281100000003", userId: "8"));

        var deleted = await store.DeleteByUserAsync("telegram", "7");

        Assert.Equal(2, deleted);
    }

    [Fact]
    public async Task DeleteByUserAsync_OtherUserAndChannel_AreKept()
    {
        await store.UpsertAsync(SignUp(phone: "+6281100000001", userId: "7"));
        await store.UpsertAsync(SignUp(phone: "+6281100000002", userId: "8"));
        await store.UpsertAsync(SignUp(phone: "+6281100000003", userId: "7", channel: "discord"));

        await store.DeleteByUserAsync("telegram", "7");

        var left = await store.ListAsync();
        Assert.Equal(["+6281100000002", "+6281100000003"], left.Select(s => s.Phone).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAsync_NoFilter_ReturnsOldestUpdateFirst()
    {
        await store.UpsertAsync(SignUp(phone: "+6281100000001", at: Monday.AddHours(2)));
        await store.UpsertAsync(SignUp(phone: "+6281100000002", at: Monday));
        await store.UpsertAsync(SignUp(phone: "+6281100000003", at: Monday.AddHours(1)));

        var list = await store.ListAsync();

        Assert.Equal(["+6281100000002", "+6281100000003", "+6281100000001"], list.Select(s => s.Phone));
    }

    [Fact]
    public async Task ListAsync_Since_ReturnsOnlyUpdatesOnOrAfterIt()
    {
        await store.UpsertAsync(SignUp(phone: "+6281100000001", at: Monday));
        await store.UpsertAsync(SignUp(phone: "+6281100000002", at: Monday.AddDays(1)));
        await store.UpsertAsync(SignUp(phone: "+6281100000003", at: Monday.AddDays(2)));

        var list = await store.ListAsync(since: Monday.AddDays(1));

        Assert.Equal(["+6281100000002", "+6281100000003"], list.Select(s => s.Phone));
    }

    [Fact]
    public async Task ListAsync_SinceWithOtherOffset_ComparesInstants()
    {
        await store.UpsertAsync(SignUp(phone: "+6281100000001", at: Monday));
        await store.UpsertAsync(SignUp(phone: "+6281100000002", at: Monday.AddHours(1)));

        // 10:30 in Jakarta (UTC+7) is 03:30 UTC: only the second sign-up is on or after it.
        var list = await store.ListAsync(since: new DateTimeOffset(2026, 11, 23, 10, 30, 0, TimeSpan.FromHours(7)));

        Assert.Equal(["+6281100000002"], list.Select(s => s.Phone));
    }

    [Fact]
    public async Task ListAsync_Region_ReturnsOnlyThatRegion()
    {
        await store.UpsertAsync(SignUp(phone: "+6281100000001", region: "Jawa Barat"));
        await store.UpsertAsync(SignUp(phone: "+6281100000002", region: "Bali"));

        var list = await store.ListAsync(region: "Bali");

        Assert.Equal(["+6281100000002"], list.Select(s => s.Phone));
    }

    [Fact]
    public async Task ListAsync_SinceAndRegion_AppliesBoth()
    {
        await store.UpsertAsync(SignUp(phone: "+6281100000001", region: "Bali", at: Monday));
        await store.UpsertAsync(SignUp(phone: "+6281100000002", region: "Bali", at: Monday.AddDays(1)));
        await store.UpsertAsync(SignUp(phone: "+6281100000003", region: "Jawa Barat", at: Monday.AddDays(1)));

        var list = await store.ListAsync(since: Monday.AddDays(1), region: "Bali");

        Assert.Equal(["+6281100000002"], list.Select(s => s.Phone));
    }

    [Fact]
    public async Task ListNewsSubscribersAsync_MixedOptIns_ReturnsOnlyOptedIn()
    {
        await store.UpsertAsync(SignUp(phone: "+6281100000001", newsOptIn: true));
        await store.UpsertAsync(SignUp(phone: "+6281100000002", newsOptIn: false));

        var list = await store.ListNewsSubscribersAsync();

        Assert.Equal(["+6281100000001"], list.Select(s => s.Phone));
    }

    [Fact]
    public async Task ListNewsSubscribersAsync_OptOutOnUpdate_DropsThePerson()
    {
        await store.UpsertAsync(SignUp(newsOptIn: true));

        await store.UpsertAsync(SignUp(newsOptIn: false, at: Monday.AddDays(1)));

        Assert.Empty(await store.ListNewsSubscribersAsync());
    }

    [Fact]
    public async Task FindByPhoneAsync_UnknownContactMethodInFile_ThrowsWithoutPersonalData()
    {
        await store.UpsertAsync(SignUp());
        temp.Execute("UPDATE signups SET contact_method = 'Pigeon';");

        var error = await Assert.ThrowsAsync<StorageException>(() => store.FindByPhoneAsync("+6281234567890"));

        Assert.DoesNotContain("6281234567890", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
