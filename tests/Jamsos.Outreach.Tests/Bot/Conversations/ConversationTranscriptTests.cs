using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

/// <summary>Every transcript in Fixtures/transcripts runs against a fresh engine over in-memory stores.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class ConversationTranscriptTests
{
    private readonly KnowledgeFixture fixture;

    public ConversationTranscriptTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    public static IEnumerable<object[]> Files() => Transcript.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public async Task HandleAsync_Transcript_RepliesAsWritten(string file)
    {
        var stores = new InMemoryStores();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero));
        var transcript = new Transcript(() => Engine(fixture, stores, clock), clock);

        await transcript.RunFileAsync(file);
    }

    internal static ConversationEngine Engine(KnowledgeFixture fixture, InMemoryStores stores, TimeProvider clock, BotOptions? options = null) =>
        TestEngine.Create(fixture.Answerer, stores, clock, options);
}
