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
}
