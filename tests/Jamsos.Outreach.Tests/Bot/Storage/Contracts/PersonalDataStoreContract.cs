using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="IPersonalDataStore"/> does: all of one person's data read (/datasaya) or erased (/hapus), and nobody else's.</summary>
public abstract class PersonalDataStoreContract : StoreContract
{
    private const string Person7 = "a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7";
    private const string Person8 = "b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8";

    [Fact]
    public async Task DeletePersonAsync_PersonsKeptQuestions_AreDeletedAndCounted()
    {
        await Backend.Unanswered().AddAsync(Question("bisa klaim kucing?", Person7));
        await Backend.Unanswered().AddAsync(Question("bisa klaim anjing?", Person7));
        await Backend.Unanswered().AddAsync(Question("bisa klaim ikan?", Person8));

        var deleted = await Backend.PersonalData().DeletePersonAsync("telegram", "7", Person7);

        Assert.Equal((2, "bisa klaim ikan?"), (deleted.Questions, string.Join(",", (await Backend.Unanswered().ListAsync()).Select(q => q.Question))));
    }

    [Fact]
    public async Task DeletePersonAsync_PersonsFeedbackVotes_AreDeletedAndCounted()
    {
        await Backend.Feedback().AddAsync(new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", Monday, Person7));
        await Backend.Feedback().AddAsync(new Feedback("daftar", "registration", false, "telegram", "id", Monday, Person7));
        await Backend.Feedback().AddAsync(new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", Monday, Person8));

        var deleted = await Backend.PersonalData().DeletePersonAsync("telegram", "7", Person7);

        Assert.Equal((2, Person8), (deleted.FeedbackVotes, (await Backend.Feedback().ListAsync()).Single().PersonHash));
    }

    [Fact]
    public async Task DeletePersonAsync_PrivateChatBlockedOnce_ForgetsItsStatusButNotOtherChats()
    {
        await Backend.ChatStatus().SetAsync("telegram", new ChatStatusRecord(7, ChatStatus.Blocked, null));
        await Backend.ChatStatus().SetAsync("telegram", new ChatStatusRecord(8, ChatStatus.Blocked, null));

        await Backend.PersonalData().DeletePersonAsync("telegram", "7", Person7);

        Assert.Equal([8L], (await Backend.ChatStatus().ListAsync("telegram")).Select(r => r.ChatId));
    }

    [Fact]
    public async Task DeletePersonAsync_PrivateChatPendingInABroadcast_RemovesItsRecipientRowButNotOthers()
    {
        await Backend.Broadcasts().CreateAsync("b1", "telegram", "hash", ["7", "8"]);

        await Backend.PersonalData().DeletePersonAsync("telegram", "7", Person7);

        Assert.Equal(["8"], await Backend.Broadcasts().PendingAsync("b1"));
    }

    [Fact]
    public async Task DeletePersonAsync_PrivateChatInAPastBroadcast_IsNoLongerCountedInIt()
    {
        await Backend.Broadcasts().CreateAsync("b1", "telegram", "hash", ["7", "8"]);
        await Backend.Broadcasts().SetAsync("b1", "7", RecipientStatus.Sent);

        await Backend.PersonalData().DeletePersonAsync("telegram", "7", Person7);

        Assert.Equal(1, (await Backend.Broadcasts().SummaryAsync("b1")).Total);
    }

    [Fact]
    public async Task DeletePersonAsync_ConversationDeleteFails_KeepsTheQuestionsToo()
    {
        await Backend.Unanswered().AddAsync(Question("bisa klaim kucing?", Person7));
        await Backend.Conversations().SaveAsync(Conversation(chatId: "70", userId: "7"));
        await Backend.BreakConversationDeletesAsync();

        await Assert.ThrowsAsync<StorageException>(() => Backend.PersonalData().DeletePersonAsync("telegram", "7", Person7));

        Assert.Single(await Backend.Unanswered().ListAsync());
    }

    [Fact]
    public async Task DeletePersonAsync_PersonWithSignUpsAndChats_RemovesAllOfThem()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000001", userId: "7"));
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000002", userId: "7"));
        await Backend.Conversations().SaveAsync(Conversation(chatId: "70", userId: "7"));

        var deleted = await Backend.PersonalData().DeletePersonAsync("telegram", "7", Person7);

        Assert.Equal(
            (new PersonalDataDeletion(2, 1, 0, 0), 0, (ConversationState?)null),
            (deleted, (await Backend.SignUps().ListAsync()).Count, await Backend.Conversations().GetAsync(new ChatKey("telegram", "70"))));
    }

    [Fact]
    public async Task DeletePersonAsync_AnotherPerson_IsKept()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000001", userId: "7"));
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000003", userId: "8"));
        await Backend.Conversations().SaveAsync(Conversation(chatId: "80", userId: "8"));

        await Backend.PersonalData().DeletePersonAsync("telegram", "7", Person7);

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

        await Assert.ThrowsAsync<StorageException>(() => Backend.PersonalData().DeletePersonAsync("telegram", "7", Person7));

        Assert.NotNull(await Backend.SignUps().FindByPhoneAsync("+6281100000001"));
    }

    [Fact]
    public async Task DeletePersonAsync_SameUserIdOnAnotherChannel_IsKept()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000001", userId: "7", channel: "discord"));

        var deleted = await Backend.PersonalData().DeletePersonAsync("telegram", "7", Person7);

        Assert.Equal((new PersonalDataDeletion(0, 0, 0, 0), 1), (deleted, (await Backend.SignUps().ListAsync()).Count));
    }

    [Fact]
    public async Task ReadPersonAsync_PersonWithSignUpVotesAndQuestions_ReturnsAllOfItAndNothingElse()
    {
        var signUp = SignUp(phone: "+6281100000001", userId: "7");
        await Backend.SignUps().UpsertAsync(signUp);
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000002", userId: "7", channel: "discord"));
        await Backend.Feedback().AddAsync(new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", Monday, Person7));
        await Backend.Feedback().AddAsync(new Feedback("daftar", "registration", false, "telegram", "id", Monday, Person7));
        await Backend.Feedback().AddAsync(new Feedback("daftar", "registration", true, "telegram", "id", Monday, Person8));
        await Backend.Unanswered().AddAsync(Question("nik saya 3201123456789012 kok ditolak", Person7));
        await Backend.Unanswered().AddAsync(Question("bisa klaim ikan?", Person8));

        var report = await Backend.PersonalData().ReadPersonAsync("telegram", "7", Person7);

        Assert.Equal(
            (1, signUp, 2, "nik saya [angka] kok ditolak", Monday),
            (report.SignUps.Count, report.SignUps[0], report.FeedbackVotes, report.Questions.Single().Question, report.Questions.Single().At));
    }

    [Fact]
    public async Task ReadPersonAsync_NothingKept_IsEmpty()
    {
        await Backend.SignUps().UpsertAsync(SignUp(phone: "+6281100000003", userId: "8"));

        var report = await Backend.PersonalData().ReadPersonAsync("telegram", "7", Person7);

        Assert.True(report.IsEmpty);
    }

    private static UnansweredQuestion Question(string text, string personHash) => new(text, "claim", 0.2, "id", "telegram", Monday, personHash);
}
