using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="ISignUpStore"/> does: an upsert on the phone keeping the first creation time.</summary>
public abstract class SignUpStoreContract : StoreContract
{
    [Fact]
    public async Task FindByPhoneAsync_AfterUpsert_ReturnsTheSameRecord()
    {
        var signUp = SignUp();

        var isNew = await Backend.SignUps().UpsertAsync(signUp);

        Assert.Equal((true, signUp), (isNew, await Backend.SignUps().FindByPhoneAsync(signUp.Phone)));
    }

    [Fact]
    public async Task FindByPhoneAsync_NoReferrer_ReadsNull()
    {
        await Backend.SignUps().UpsertAsync(SignUp() with { Referrer = null });

        var found = await Backend.SignUps().FindByPhoneAsync(SignUp().Phone);

        Assert.Null(found!.Referrer);
    }

    [Fact]
    public async Task FindByPhoneAsync_Unknown_ReturnsNull()
    {
        var found = await Backend.SignUps().FindByPhoneAsync("+6280000000000");

        Assert.Null(found);
    }

    [Fact]
    public async Task UpsertAsync_SamePhoneAgain_KeepsFirstCreatedAtAndStoresTheNewConsent()
    {
        var first = SignUp();
        var second = SignUp(name: "Siti A.", at: Monday.AddDays(2)) with { ConsentVersion = "2026-12" };
        await Backend.SignUps().UpsertAsync(first);

        var isNew = await Backend.SignUps().UpsertAsync(second);

        var stored = await Backend.SignUps().FindByPhoneAsync(first.Phone);
        Assert.Equal((false, second with { CreatedAt = first.CreatedAt }), (isNew, stored));
    }

    [Fact]
    public async Task UpsertAsync_SamePhoneFromTwoInstancesAtOnce_StoresOneRowAndOneIsNew()
    {
        var writes = Enumerable.Range(0, 20).Select(i => Task.Run(() => Backend.SignUps(i % 2).UpsertAsync(SignUp(at: Monday.AddMinutes(i)))));

        var results = await Task.WhenAll(writes);

        var all = await Backend.SignUps().ListAsync();
        Assert.Equal((1, 1, Monday), (results.Count(r => r), all.Count, all[0].CreatedAt));
    }

    [Fact]
    public async Task ListAsync_SinceAndRegion_ReturnsMatchingOldestFirst()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000001", region: "Bali", at: Monday.AddDays(2)));
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000002", region: "Bali", at: Monday.AddDays(1)));
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000003", region: "Aceh", at: Monday.AddDays(3)));
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000004", region: "Bali", at: Monday));

        var listed = await Backend.SignUps().ListAsync(Monday.AddDays(1), "Bali");

        Assert.Equal(["+6281100000002", "+6281100000001"], listed.Select(s => s.Phone));
    }

    [Fact]
    public async Task ListNewsSubscribersAsync_Mixed_ReturnsOnlyOptedIn()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000001", newsOptIn: true));
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000002", newsOptIn: false));

        var subscribers = await Backend.SignUps().ListNewsSubscribersAsync();

        Assert.Equal(["+6281100000001"], subscribers.Select(s => s.Phone));
    }

    [Fact]
    public async Task DeleteByUserAsync_TwoUsers_RemovesOnlyThatUsersSignUps()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000001", userId: "1"));
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000002", userId: "1"));
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000003", userId: "2"));

        var deleted = await Backend.SignUps().DeleteByUserAsync("telegram", "1");

        Assert.Equal((2, "+6281100000003"), (deleted, string.Join(",", (await Backend.SignUps().ListAsync()).Select(s => s.Phone))));
    }
}
