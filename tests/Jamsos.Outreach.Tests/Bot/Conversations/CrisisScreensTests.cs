using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

/// <summary>
/// Issue 15, points 7 and 8: every crisis reply, as the chat sends it (the sympathy line included), has a first
/// screen under 600 characters: /meninggal and /kecelakaan, and every reported death or accident the detector
/// knows, answered or not, in both languages, with and without a figure in the same message.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class CrisisScreensTests
{
    private static readonly string[] Reported =
    [
        "suami saya meninggal kemarin, apa yang harus saya urus?",
        "Istri saya meninggal dunia tadi pagi. Bagaimana cara klaim JKM?",
        "bapak sy udah wafat, gmn cek saldo jht nya?",
        "ibu saya baru saja meninggal. Kalau mau klaim, apa saja syaratnya?",
        "Assalamualaikum min, anak saya meninggal minggu lalu",
        "almarhum ayah saya peserta bpjs tk, bisa klaim apa?",
        "suamiku meninggal karena sakit, dapat santunan gak?",
        "ayah sudah meninggal, apakah jht nya bisa dicairkan?",
        "akta kematian suami saya sudah jadi, terus ke mana?",
        "my husband passed away last week, what do I need to claim?",
        "My father died yesterday. He was a BPJS TK member.",
        "bojoku wis tilar donya, piye carane klaim?",
        "suami saya meninggal karena kecelakaan kerja, dapat apa?",
        "adik saya belum nikah meninggal, yg berhak terima santunan siapa?",
        "istri sy baru meninggal, mau ngurus santunan bpjs tk nya hrs ke kantor atau bs online?",
        "saya kecelakaan kerja, bagaimana klaimnya?",
        "suami saya kecelakaan waktu narik ojol tadi",
        "saya jatuh dari motor kemarin waktu narik, bisa klaim?",
        "Saya ojol, kemarin kecelakaan di jalan. Apa yang harus saya lakukan?",
        "anak saya barusan mengalami kecelakaan di tempat kerja",
        "tangan saya patah kejepit mesin",
        "I had an accident at work yesterday, what should I do?",
        "my son was hit by a car while delivering food",
        "I fell off a ladder at work",
        "kecelakaan kerja 2 tahun lalu belum sempet klaim, masih bisa?",
        "suami saya meninggal kemarin, penghasilannya 8 juta, iurannya berapa?",
        "saya kecelakaan kerja kemarin, penghasilan 25 juta, iuran ojol brp?",
    ];

    private readonly KnowledgeFixture fixture;

    public CrisisScreensTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    public static TheoryData<string, string> Dates() => new()
    {
        { "2026-11-21", "id" }, { "2026-11-21", "en" }, { "2027-01-05", "id" }, { "2027-01-05", "en" }, { "2027-04-02", "id" }, { "2027-04-02", "en" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task HandleAsync_EveryCrisisReply_FirstScreenUnder600Characters(string day, string language)
    {
        var replies = await RepliesAsync(day, language);

        var tooLong = replies.Where(r => r.Text.Length >= 600).Select(r => $"{r.Case}: {r.Text.Length}");
        Assert.Empty(tooLong);
    }

    /// <summary>The cases above are crisis replies: each opens with the line of sympathy.</summary>
    [Theory]
    [MemberData(nameof(Dates))]
    public async Task HandleAsync_EveryCrisisCase_OpensWithSympathy(string day, string language)
    {
        var replies = await RepliesAsync(day, language);

        var plain = replies.Where(r => !(r.Text.StartsWith(CrisisTexts.Sympathy(Language.Id, Crisis.Death), StringComparison.Ordinal)
            || r.Text.StartsWith(CrisisTexts.Sympathy(Language.En, Crisis.Death), StringComparison.Ordinal)
            || r.Text.StartsWith(CrisisTexts.Sympathy(Language.Id, Crisis.Accident), StringComparison.Ordinal)
            || r.Text.StartsWith(CrisisTexts.Sympathy(Language.En, Crisis.Accident), StringComparison.Ordinal))).Select(r => r.Case);
        Assert.Empty(plain);
    }

    private async Task<List<(string Case, string Text)>> RepliesAsync(string day, string language)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var clock = TestClock.At(date);
        var engine = TestEngine.Create(fixture.Linked, new InMemoryStores(), clock);
        var replies = new List<(string Case, string Text)>();
        var chat = 0;
        foreach (var text in Reported.Concat(["/meninggal", "/kecelakaan"]))
        {
            // One chat per message: each is someone's first message, as in a crisis it usually is.
            chat++;
            var message = new IncomingMessage("test", "c" + chat, "u" + chat, text, clock.GetUtcNow(), LanguageHint: language);
            var reply = await engine.HandleAsync(message);
            replies.Add((text, reply.Text.ToPlainText()));
        }

        return replies;
    }
}
