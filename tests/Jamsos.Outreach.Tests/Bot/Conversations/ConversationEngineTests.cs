using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

/// <summary>What the transcripts cannot see: what was stored, and floods.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class ConversationEngineTests
{
    private static readonly string[] FullSignUp =
        ["> /daftar", "> Siti", "> 0812 3456 7890", "> [Kota Serang]", "> [Pedagang]", "> [WhatsApp]", "> [Ya]", "> [Setuju]", "> [Kirim]"];

    private readonly KnowledgeFixture fixture;
    private readonly InMemoryStores stores = new();
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero));

    public ConversationEngineTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task HandleAsync_CompleteSignUp_StoresConsentVersionAndTime()
    {
        var transcript = NewTranscript();

        await RunAsync(transcript, FullSignUp);

        var stored = Assert.Single(stores.SignUps);
        Assert.Equal(("+6281234567890", ConsentText.Version, clock.Now), (stored.Phone, stored.ConsentVersion, stored.ConsentAt));
    }

    [Fact]
    public async Task HandleAsync_SamePhoneTwice_UpdatesInsteadOfDuplicating()
    {
        var transcript = NewTranscript();
        await RunAsync(transcript, FullSignUp);

        await RunAsync(transcript, ["> /daftar", "> Siti Aminah", "> +62 812-3456-7890", "> [Kabupaten Lebak]", "> [Nelayan]", "> [Telepon]", "> [Tidak]", "> [Setuju]", "> [Kirim]", "< diperbarui"]);

        var stored = Assert.Single(stores.SignUps);
        Assert.Equal(("Siti Aminah", "Kabupaten Lebak"), (stored.Name, stored.Region));
    }

    [Fact]
    public async Task HandleAsync_RefusedConsent_StoresNothing()
    {
        var transcript = NewTranscript();

        await RunAsync(transcript, ["> /daftar", "> Siti", "> 081234567890", "> [Kota Serang]", "> [Pedagang]", "> [WhatsApp]", "> [Ya]", "> [Tidak setuju]"]);

        Assert.Empty(stores.SignUps);
    }

    [Fact]
    public async Task HandleAsync_ReferralLink_AttributesSignUpToAgent()
    {
        var transcript = NewTranscript();

        await RunAsync(transcript, ["> /start ref_agen007", .. FullSignUp]);

        Assert.Equal("agen007", Assert.Single(stores.SignUps).Referrer);
    }

    [Fact]
    public async Task HandleAsync_Hapus_DeletesSignUpAndConversationState()
    {
        var transcript = NewTranscript();
        await RunAsync(transcript, FullSignUp);

        await RunAsync(transcript, ["> /hapus"]);

        Assert.Equal((0, 0), (stores.SignUps.Count, stores.ConversationCount));
    }

    [Fact]
    public async Task HandleAsync_StorageOutageOnConfirm_KeepsDraftAndSucceedsOnRetry()
    {
        var transcript = NewTranscript();
        await RunAsync(transcript, FullSignUp[..^1]);
        stores.FailSignUps = true;
        await RunAsync(transcript, ["> [Kirim]", "< belum tersimpan"]);
        stores.FailSignUps = false;

        await RunAsync(transcript, ["> [Kirim]", "< Terima kasih"]);

        Assert.Single(stores.SignUps);
    }

    [Fact]
    public async Task HandleAsync_TenThousandMessagesInAMinute_OneNoticeAndTheRestSilent()
    {
        var engine = ConversationTranscriptTests.Engine(fixture, stores, clock);
        var replies = new List<Reply>();

        for (var i = 0; i < 10_000; i++)
        {
            replies.Add(await engine.HandleAsync(new IncomingMessage("test", "c1", "flooder", "halo", clock.GetUtcNow())));
        }

        var notices = replies.Count(r => r.Text.ToPlainText().Contains("banyak sekali", StringComparison.Ordinal));
        Assert.Equal((20, 1, 10_000 - 21), (replies.Count(r => !r.IsNone) - notices, notices, replies.Count(r => r.IsNone)));
    }

    [Fact]
    public async Task HandleAsync_AfterTheRateWindow_AnswersAgain()
    {
        var engine = ConversationTranscriptTests.Engine(fixture, stores, clock, new BotOptions { RateLimitPerMinute = 2 });
        for (var i = 0; i < 5; i++)
        {
            await engine.HandleAsync(new IncomingMessage("test", "c1", "u", "halo", clock.GetUtcNow()));
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        var reply = await engine.HandleAsync(new IncomingMessage("test", "c1", "u", "halo", clock.GetUtcNow()));

        Assert.Contains("Jamsos.Outreach", reply.Text.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_QuestionBelowThreshold_IsRecordedMaskedForTheContentTeam()
    {
        var transcript = NewTranscript();

        await RunAsync(transcript, ["> nik sy 3201123456789012 kok gak bisa dipake buat bpjs kesehatan anak tetangga"]);

        Assert.DoesNotContain(stores.Unanswered, u => u.Question.Contains("3201123456789012", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_QuestionBelowThresholdAfterReferralLink_IsRecordedWithTheAgentsCode()
    {
        var transcript = NewTranscript();

        await RunAsync(transcript, ["> /start ref_agen007", "> bisa klaim buat kucing?"]);

        Assert.Equal("agen007", Assert.Single(stores.Unanswered).Referrer);
    }

    [Fact]
    public async Task HandleAsync_FeedbackButton_StoresVoteForTheEntry()
    {
        var transcript = NewTranscript();

        await RunAsync(transcript, ["> brp iuran bpjs tk buat ojol?", "> [Kurang membantu]"]);

        var vote = Assert.Single(stores.FeedbackVotes);
        Assert.Equal(("iuran-bpu", false), (vote.EntryId, vote.Helpful));
    }

    [Fact]
    public async Task HandleAsync_StaffExportFromAllowListedUser_AttachesCsv()
    {
        var options = new BotOptions();
        options.AdminUserIds.Add("test:staff1");
        var transcript = new Transcript(() => ConversationTranscriptTests.Engine(fixture, stores, clock, options), clock);
        await RunAsync(transcript, FullSignUp);
        transcript.User = "staff1";

        await RunAsync(transcript, ["> /export"]);

        var file = transcript.Last.Attachment;
        Assert.Contains("Siti", System.Text.Encoding.UTF8.GetString(file!.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_HugeMessage_AnswersWithoutThrowing()
    {
        var engine = ConversationTranscriptTests.Engine(fixture, stores, clock);

        var reply = await engine.HandleAsync(new IncomingMessage("test", "c1", "u", new string('a', 200_000) + " iuran", clock.GetUtcNow()));

        Assert.False(reply.IsNone);
    }

    private Transcript NewTranscript() => new(() => ConversationTranscriptTests.Engine(fixture, stores, clock), clock);

    private static async Task RunAsync(Transcript transcript, string[] lines)
    {
        foreach (var line in lines)
        {
            await transcript.StepAsync(line);
        }
    }
}
