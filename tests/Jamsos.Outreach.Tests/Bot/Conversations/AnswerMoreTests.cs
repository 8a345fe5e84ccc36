using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

/// <summary>"Selengkapnya" under a long answer: the next screen, then the next, and an old button politely refused.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class AnswerMoreTests
{
    private readonly KnowledgeFixture fixture;
    private readonly InMemoryStores stores = new();
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero));

    public AnswerMoreTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    private static IncomingMessage Message => new("test", "c1", "u1", null, DateTimeOffset.UnixEpoch, LanguageHint: "id");

    [Fact]
    public async Task HandleAsync_LongAnswer_OffersMoreFirst()
    {
        var engine = TestEngine.Create(fixture.Answerer, stores, clock);

        var reply = await engine.HandleAsync(Message with { Payload = Payloads.Entry("beasiswa") });

        Assert.Equal(PayloadCodec.Encode(new MorePayload("beasiswa", 1, "id")), reply.Buttons[0][0].Payload);
    }

    [Fact]
    public async Task HandleAsync_MorePressed_ShowsTheNextScreen()
    {
        var engine = TestEngine.Create(fixture.Answerer, stores, clock);
        var expected = fixture.Answerer.AnswerEntry("beasiswa", KnowledgeFixture.Today, Language.Id).More[0];

        var reply = await engine.HandleAsync(Message with { Payload = PayloadCodec.Encode(new MorePayload("beasiswa", 1, "id")) });

        Assert.Equal(expected, reply.Text.ToPlainText());
    }

    [Fact]
    public async Task HandleAsync_MoreBeyondTheLastScreen_SaysTheButtonExpired()
    {
        var engine = TestEngine.Create(fixture.Answerer, stores, clock);

        var reply = await engine.HandleAsync(Message with { Payload = PayloadCodec.Encode(new MorePayload("beasiswa", 9, "id")) });

        Assert.Equal(BotTexts.OldButton(Language.Id), reply.Text.ToPlainText());
    }

    [Fact]
    public async Task HandleAsync_LongAnswerWithASiteAddress_OffersTheSitePageBesideMore()
    {
        var engine = TestEngine.Create(fixture.Linked, stores, clock);

        var reply = await engine.HandleAsync(Message with { Payload = Payloads.Entry("beasiswa") });

        Assert.Equal(((string?)null, KnowledgeFixture.SiteBaseUrl + "/jkm/beasiswa/"), (reply.Buttons[0][0].Url, reply.Buttons[0][1].Url));
    }

    [Fact]
    public async Task HandleAsync_LongAnswerWithoutASiteAddress_OffersNoLink()
    {
        var engine = TestEngine.Create(fixture.Answerer, stores, clock);

        var reply = await engine.HandleAsync(Message with { Payload = Payloads.Entry("beasiswa") });

        Assert.DoesNotContain(reply.AllButtons, b => b.IsLink);
    }

    [Fact]
    public async Task HandleAsync_AnswerOnOneScreen_OffersNoSitePage()
    {
        var engine = TestEngine.Create(fixture.Linked, stores, clock);
        var shortEntry = fixture.Knowledge.In(Language.Id).First(e => e.Intent != "greeting" && fixture.Linked.AnswerEntry(e.Id, KnowledgeFixture.Today, Language.Id).More.Count == 0);

        var reply = await engine.HandleAsync(Message with { Payload = Payloads.Entry(shortEntry.Id) });

        Assert.DoesNotContain(reply.AllButtons, b => b.IsLink);
    }

    [Fact]
    public async Task HandleAsync_ComputedFigure_MoreOpensTheEntryFromItsStartWithoutTheIncomePrompt()
    {
        var engine = TestEngine.Create(fixture.Linked, stores, clock);
        var entry = fixture.Knowledge.Find("iuran-per-penghasilan", Language.Id)!;
        var answer = await engine.HandleAsync(Message with { Text = "sy ojol, penghasilan 3 juta iurannya brp" });
        var more = answer.AllButtons.First(b => b.Label == BotTexts.MoreButton(Language.Id)).Payload;

        var reply = await engine.HandleAsync(Message with { Payload = more });

        Assert.Equal((PayloadCodec.Encode(new MorePayload(entry.Id, 0, "id")), true, false),
            (more, reply.Text.ToPlainText().StartsWith(fixture.Knowledge.Live.Render(entry.Summary, Language.Id, KnowledgeFixture.Today)[..80], StringComparison.Ordinal),
             reply.Text.ToPlainText().Contains(entry.Prompt!, StringComparison.Ordinal)));
    }
}
