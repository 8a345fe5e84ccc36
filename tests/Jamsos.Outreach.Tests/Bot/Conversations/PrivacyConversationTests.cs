using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

/// <summary>
/// Issue 14 through the engine: what is kept about a person carries their person hash (never the user id),
/// and /hapus removes it.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class PrivacyConversationTests
{
    private const string UnsureQuestion = "> bisa klaim buat kucing?";

    private readonly KnowledgeFixture fixture;
    private readonly InMemoryStores stores = new();
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero));

    public PrivacyConversationTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task HandleAsync_QuestionBelowThreshold_IsKeptUnderThePersonHash()
    {
        var transcript = NewTranscript();

        await transcript.StepAsync(UnsureQuestion);

        Assert.Equal(TestPersonHasher.Hash("test", "u1"), Assert.Single(stores.Unanswered).PersonHash);
    }

    [Fact]
    public async Task HandleAsync_Hapus_DeletesThePersonsKeptQuestionsOnly()
    {
        var other = NewTranscript("u2");
        await other.StepAsync(UnsureQuestion);
        var transcript = NewTranscript();
        await transcript.StepAsync(UnsureQuestion);

        await transcript.StepAsync("> /hapus");

        Assert.Equal(TestPersonHasher.Hash("test", "u2"), Assert.Single(stores.Unanswered).PersonHash);
    }

    [Fact]
    public async Task HandleAsync_FeedbackPressedTwice_KeepsOneVoteWithTheLaterChoiceUnderThePersonHash()
    {
        var transcript = NewTranscript();
        await transcript.StepAsync("> brp iuran bpjs tk buat ojol?");
        await transcript.StepAsync("> [Kurang membantu]");
        await transcript.StepAsync("> brp iuran bpjs tk buat ojol?");

        await transcript.StepAsync("> [Membantu]");

        var vote = Assert.Single(stores.FeedbackVotes);
        Assert.Equal(("iuran-bpu", true, TestPersonHasher.Hash("test", "u1")), (vote.EntryId, vote.Helpful, vote.PersonHash));
    }

    [Fact]
    public async Task HandleAsync_Hapus_DeletesThePersonsFeedbackVotes()
    {
        var transcript = NewTranscript();
        await transcript.StepAsync("> brp iuran bpjs tk buat ojol?");
        await transcript.StepAsync("> [Membantu]");

        await transcript.StepAsync("> /hapus");

        Assert.Empty(stores.FeedbackVotes);
    }

    private Transcript NewTranscript(string user = "u1") => new(() => ConversationTranscriptTests.Engine(fixture, stores, clock), clock, user);
}
