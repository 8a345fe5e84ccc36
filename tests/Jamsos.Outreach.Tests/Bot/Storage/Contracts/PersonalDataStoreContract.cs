using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="IPersonalDataStore"/> does: the /hapus erase of one person, and nobody else.</summary>
public abstract class PersonalDataStoreContract : StoreContract
{
    [Fact]
    public async Task DeletePersonAsync_PersonWithSignUpsAndChats_RemovesAllOfThem()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000001", userId: "7"));
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000002", userId: "7"));
        await Backend.Conversations().SaveAsync(Conversation(chatId: "70", userId: "7"));

        var deleted = await Backend.PersonalData().DeletePersonAsync("telegram", "7");

        Assert.Equal(
            (new PersonalDataDeletion(2, 1), 0, (ConversationState?)null),
            (deleted, (await Backend.SignUps().ListAsync()).Count, await Backend.Conversations().GetAsync(new ChatKey("telegram", "70"))));
    }

    [Fact]
    public async Task DeletePersonAsync_AnotherPerson_IsKept()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000001", userId: "7"));
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000003", userId: "8"));
        await Backend.Conversations().SaveAsync(Conversation(chatId: "80", userId: "8"));

        await Backend.PersonalData().DeletePersonAsync("telegram", "7");

        Assert.Equal(
            ("+6281100000003", true),
            (string.Join(",", (await Backend.SignUps().ListAsync()).Select(s => s.Phone)), await Backend.Conversations().GetAsync(new ChatKey("telegram", "80")) is not null));
    }

    [Fact]
    public async Task DeletePersonAsync_ConversationDeleteFails_KeepsTheSignUpsToo()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000001", userId: "7"));
        await Backend.Conversations().SaveAsync(Conversation(chatId: "70", userId: "7"));
        await Backend.BreakConversationDeletesAsync();

        await Assert.ThrowsAsync<StorageException>(() => Backend.PersonalData().DeletePersonAsync("telegram", "7"));

        Assert.NotNull(await Backend.SignUps().FindByPhoneAsync("+6281100000001"));
    }

    [Fact]
    public async Task DeletePersonAsync_SameUserIdOnAnotherChannel_IsKept()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000001", userId: "7", channel: "discord"));

        var deleted = await Backend.PersonalData().DeletePersonAsync("telegram", "7");

        Assert.Equal((new PersonalDataDeletion(0, 0), 1), (deleted, (await Backend.SignUps().ListAsync()).Count));
    }
}
