using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

/// <summary>Moments of crisis (issue 15, point 8): what the transcripts cannot see, the order of lines and buttons.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class CrisisPathsTests
{
    private const string ReportedDeath = "istri sy baru meninggal, mau ngurus santunan bpjs tk nya hrs ke kantor atau bs online?";

    private readonly KnowledgeFixture fixture;
    private readonly InMemoryStores stores = new();
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero));

    public CrisisPathsTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData(Crisis.Death, Language.Id)]
    [InlineData(Crisis.Death, Language.En)]
    [InlineData(Crisis.Accident, Language.Id)]
    [InlineData(Crisis.Accident, Language.En)]
    public void Entries_EveryStep_IsAnEntryOfTheContent(Crisis crisis, Language language)
    {
        var missing = CrisisPaths.Entries(crisis).Where(id => fixture.Answerer.Knowledge.Find(id, language) is null);

        Assert.Empty(missing);
    }

    [Fact]
    public async Task HandleAsync_ReportedDeath_OpensWithTheSympathyLine()
    {
        var reply = await SendAsync(ReportedDeath);

        Assert.StartsWith(CrisisPaths.Sympathy(Language.Id, Crisis.Death) + "\n\n", reply.Text.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ReportedDeath_OffersTheNextStepsBeforeFeedback()
    {
        var reply = await SendAsync(ReportedDeath);

        var payloads = reply.AllButtons.Select(b => b.Payload).ToList();
        var lastStep = payloads.FindLastIndex(p => CrisisPaths.Entries(Crisis.Death).Any(id => p == Payloads.Entry(id)));
        var firstFeedback = payloads.FindIndex(p => p.StartsWith("v1:fy:", StringComparison.Ordinal));
        Assert.InRange(lastStep, 0, firstFeedback - 1);
    }

    [Fact]
    public async Task HandleAsync_ReportedDeath_DoesNotOfferTheEntryItShows()
    {
        var reply = await SendAsync(ReportedDeath);

        var shown = reply.AllButtons.Single(b => b.Payload.StartsWith("v1:fy:", StringComparison.Ordinal)).Payload["v1:fy:".Length..];
        Assert.DoesNotContain(reply.AllButtons, b => b.Payload == Payloads.Entry(shown));
    }

    [Theory]
    [InlineData("/meninggal", Crisis.Death)]
    [InlineData("/kecelakaan", Crisis.Accident)]
    public async Task HandleAsync_CrisisCommand_OffersEveryStepThenTheMenu(string command, Crisis crisis)
    {
        var reply = await SendAsync(command);

        Assert.Equal([.. CrisisPaths.Entries(crisis).Select(Payloads.Entry), Payloads.Command("menu")], reply.AllButtons.Select(b => b.Payload));
    }

    [Fact]
    public async Task HandleAsync_ReportedDeathNotSure_OffersTheClosestEntriesFirstThenTheOtherStepsOnce()
    {
        const string notSure = "bapak saya baru meninggal tadi pagi, sekarang saya harus ngapain?";
        var result = fixture.Answerer.Answer(notSure, KnowledgeFixture.Today);

        var reply = await SendAsync(notSure);

        Assert.False(result.Answered);
        var closest = result.Suggestions.Select(s => Payloads.Entry(s.EntryId)).ToArray();
        var steps = CrisisPaths.Entries(Crisis.Death).Select(Payloads.Entry).Where(p => !closest.Contains(p));
        Assert.Equal([.. closest, .. steps, Payloads.Command("menu")], reply.AllButtons.Select(b => b.Payload));
    }

    [Fact]
    public async Task HandleAsync_GeneralQuestionAboutDeath_HasNoSympathyLine()
    {
        var reply = await SendAsync("berapa santunan kematian?");

        Assert.DoesNotContain(CrisisPaths.Sympathy(Language.Id, Crisis.Death), reply.Text.ToPlainText(), StringComparison.Ordinal);
    }

    private Task<Reply> SendAsync(string text) =>
        ConversationTranscriptTests.Engine(fixture, stores, clock).HandleAsync(new IncomingMessage("test", "c1", "u1", text, clock.GetUtcNow()));
}
