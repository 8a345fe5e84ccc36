using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

/// <summary>
/// The sector question after a free-text income (from 1 January to 31 March 2027 transport and other sectors pay
/// different amounts): answered in the question's language, by a button or by the sector typed in either language.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class SectorQuestionTests
{
    private const string EnglishQuestion = "> I earn 3 million a month, how much?";
    private const string IndonesianQuestion = "> penghasilan saya 3 juta, iurannya brp?";

    private readonly KnowledgeFixture fixture;

    public SectorQuestionTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task EnglishQuestion_SectorButtonPressed_AnswersInEnglish()
    {
        await RunAsync([EnglishQuestion, "< depends on your sector", "> [Transport]", "< An income of Rp3,000,000", "< you pay Rp18,150 a month", "<! Penghasilan"]);
    }

    [Theory]
    [InlineData("transport", "you pay Rp18,150 a month")]
    [InlineData("ojol", "you pay Rp18,150 a month")]
    [InlineData("I'm a driver", "you pay Rp18,150 a month")]
    [InlineData("farmer", "has ended")]
    [InlineData("other", "has ended")]
    public async Task EnglishQuestion_SectorTyped_IsAcceptedAndAnsweredInEnglish(string reply, string expected)
    {
        await RunAsync([EnglishQuestion, "> " + reply, "< An income of Rp3,000,000", "< " + expected, "<! sektor apa"]);
    }

    [Fact]
    public async Task EnglishQuestion_ReplyNamingNoSector_IsAskedAgainInEnglish()
    {
        await RunAsync([EnglishQuestion, "> no idea", "< Which sector do you work in?", "<! sektor apa"]);
    }

    [Theory]
    [InlineData("> [Transportasi]", "Anda bayar Rp18.150 per bulan")]
    [InlineData("> ojol", "Anda bayar Rp18.150 per bulan")]
    [InlineData("> transportasi", "Anda bayar Rp18.150 per bulan")]
    [InlineData("> saya pedagang", "Rp36.300")]
    [InlineData("> lainnya", "Rp36.300")]
    public async Task IndonesianQuestion_SectorPressedOrTyped_AnswersInIndonesian(string reply, string expected)
    {
        await RunAsync([IndonesianQuestion, "< tergantung sektor", reply, "< Penghasilan Rp3.000.000", "< " + expected, "<! An income"]);
    }

    [Fact]
    public async Task IndonesianQuestion_ReplyNamingNoSector_IsAskedAgainInIndonesian()
    {
        await RunAsync([IndonesianQuestion, "> gak tau", "< Anda bekerja di sektor apa?"]);
    }

    private async Task RunAsync(string[] lines)
    {
        var stores = new InMemoryStores();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero));
        var transcript = new Transcript(() => ConversationTranscriptTests.Engine(fixture, stores, clock), clock);
        await transcript.StepAsync("@ date 2027-01-02");
        foreach (var line in lines)
        {
            await transcript.StepAsync(line);
        }
    }
}
