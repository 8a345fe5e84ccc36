using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

/// <summary>
/// Issue 14 through the engine: what is kept about a person carries their person hash (never the user id),
/// /hapus removes it, and /datasaya (or asking in free text) shows it.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class PrivacyConversationTests
{
    private const string UnsureQuestion = "> bisa klaim buat kucing?";

    private static readonly string[] FullSignUp =
        ["> /daftar", "> Siti", "> 0812 3456 7890", "> [Kota Serang]", "> [Pedagang]", "> [WhatsApp]", "> [Ya]", "> [Setuju]", "> [Kirim]"];

    private static readonly string[] DeleteWishParts = ["/hapus", "tidak mengubah kepesertaan", "Contact Center 175", "Hapus data saya", "Lihat dulu data saya"];

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

    [Fact]
    public async Task HandleAsync_DataSayaAfterSignUpAndQuestion_ShowsEverythingKeptPrivately()
    {
        var transcript = NewTranscript();
        await RunAsync(transcript, ["> /start ref_agen007", .. FullSignUp, UnsureQuestion]);

        await transcript.StepAsync("> /datasaya");

        var text = transcript.Last.Text.ToPlainText();
        Assert.True(
            transcript.Last.Private && new[] { "Siti", "+6281234567890", "Kota Serang", "versi " + ConsentText.Version, "agen007", "bisa klaim buat kucing?" }.All(s => text.Contains(s, StringComparison.Ordinal)),
            text);
    }

    [Fact]
    public async Task HandleAsync_FreeTextAskingForOwnData_RunsDataSaya()
    {
        var transcript = NewTranscript();
        await RunAsync(transcript, FullSignUp);

        await transcript.StepAsync("> data saya apa aja?");

        Assert.Contains("Data Anda yang kami simpan", transcript.Last.Text.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_EnglishFreeTextAskingForOwnData_AnswersInEnglish()
    {
        var transcript = NewTranscript();

        await transcript.StepAsync("> what data do you have about me");

        Assert.Contains("We keep no data about you", transcript.Last.Text.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_DataSayaWithNothingKept_SaysNothingIsKept()
    {
        var transcript = NewTranscript();

        await transcript.StepAsync("> /datasaya");

        Assert.Contains("Kami tidak menyimpan data tentang Anda", transcript.Last.Text.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_FreeTextAskingToDelete_DeletesNothing()
    {
        var transcript = NewTranscript();
        await RunAsync(transcript, FullSignUp);

        await transcript.StepAsync("> hapus data saya");

        Assert.Single(stores.SignUps);
    }

    [Fact]
    public async Task HandleAsync_FreeTextAskingToDelete_ExplainsHapusAndOffersItAsAButton()
    {
        var transcript = NewTranscript();
        await RunAsync(transcript, FullSignUp);

        await transcript.StepAsync("> min tolong hapus data saya ya");

        var shown = transcript.Shown();
        Assert.True(
            DeleteWishParts.All(s => shown.Contains(s, StringComparison.Ordinal)),
            shown);
    }

    [Fact]
    public async Task HandleAsync_DeleteButtonAfterFreeTextWish_DeletesTheSignUp()
    {
        var transcript = NewTranscript();
        await RunAsync(transcript, FullSignUp);
        await transcript.StepAsync("> min tolong hapus data saya ya");

        await transcript.StepAsync("> [Hapus data saya]");

        Assert.Empty(stores.SignUps);
    }

    [Fact]
    public async Task HandleAsync_EnglishFreeTextAskingToDelete_ExplainsDeleteInEnglish()
    {
        var transcript = NewTranscript();

        await transcript.StepAsync("> please delete my phone number from your bot");

        var shown = transcript.Shown();
        Assert.True(shown.Contains("/delete", StringComparison.Ordinal) && shown.Contains("Delete my data", StringComparison.Ordinal), shown);
    }

    [Fact]
    public async Task HandleAsync_MembershipDataToDelete_IsAnsweredFromTheContent()
    {
        var transcript = NewTranscript();

        await transcript.StepAsync("> data saya di jmo salah, bisa dihapus?");

        Assert.DoesNotContain("/hapus", transcript.Shown(), StringComparison.Ordinal);
    }

    private static async Task RunAsync(Transcript transcript, string[] lines)
    {
        foreach (var line in lines)
        {
            await transcript.StepAsync(line);
        }
    }

    private Transcript NewTranscript(string user = "u1") => new(() => ConversationTranscriptTests.Engine(fixture, stores, clock), clock, user);
}
