using System.Text.RegularExpressions;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Answering;

/// <summary>Every entry's chat answer, in both languages: a short first screen, and nothing lost behind "Selengkapnya".</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed partial class AnswerScreensTests
{
    /// <summary>
    /// Entries whose first screen cannot be shorter: their first sentence plus the caveat and the source
    /// line they must carry is already 600 characters or more. Empty today; an entry added here says why.
    /// </summary>
    private static readonly HashSet<string> LongFirstScreen = new(StringComparer.Ordinal);

    private readonly KnowledgeFixture fixture;

    public AnswerScreensTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void AnswerEntry_EveryEntryInBothLanguages_FirstScreenUnder600Characters()
    {
        var tooLong = fixture.Knowledge.Entries
            .Where(e => !LongFirstScreen.Contains(e.Key))
            .Select(e => (e.Key, fixture.Answerer.AnswerEntry(e.Id, KnowledgeFixture.Today, e.Language).Text.Length))
            .Where(a => a.Length >= AnswerRenderer.FirstScreenLimit)
            .Select(a => $"{a.Key}: {a.Length}");

        Assert.Empty(tooLong);
    }

    [Fact]
    public void AnswerEntry_EveryEntryInBothLanguages_ScreensTogetherHoldTheWholeSummary()
    {
        var lost = fixture.Knowledge.Entries.Where(e => !HoldsWholeSummary(e)).Select(e => e.Key);

        Assert.Empty(lost);
    }

    [Fact]
    public void AnswerEntry_EveryLaterScreen_IsUnder600Characters()
    {
        var tooLong = fixture.Knowledge.Entries
            .SelectMany(e => fixture.Answerer.AnswerEntry(e.Id, KnowledgeFixture.Today, e.Language).More.Select(m => (e.Key, m.Length)))
            .Where(m => m.Length >= AnswerRenderer.FirstScreenLimit);

        Assert.Empty(tooLong);
    }

    [Fact]
    public void AnswerEntry_LongSummary_IsCutAfterASentence()
    {
        var answer = fixture.Answerer.AnswerEntry("beasiswa", KnowledgeFixture.Today, Language.Id);

        Assert.Equal((true, true), (answer.More.Count > 0, answer.More[0].Length > 0 && char.IsUpper(answer.More[0][0])));
    }

    /// <summary>
    /// "What happens after the discount" in its last weeks: the first screen says the price after it and, dated, how
    /// many days each sector's discount has left (2026-12-08: the days left were behind "Selengkapnya"); once the
    /// other sectors' discount has ended, that it has ended.
    /// </summary>
    [Theory]
    [InlineData("2026-12-08", Language.Id, "kalau diskon habis iuran jadi berapa?", "Rp16.800", "Per 8 Desember 2026, diskon sektor selain transportasi (iuran April–Desember 2026) tinggal 24 hari; diskon transportasi (ojol, opang, sopir, kurir; iuran Januari 2026–Maret 2027) tinggal 114 hari.")]
    [InlineData("2026-12-08", Language.En, "what happens when the discount ends?", "Rp16,800", "has 24 days left; the discount for transport (ojol, opang, drivers, couriers; January 2026–March 2027) has 114 days left.")]
    [InlineData("2027-01-05", Language.Id, "kalau diskon habis iuran jadi berapa?", "Rp16.800", "diskon sektor selain transportasi (iuran April–Desember 2026) sudah berakhir")]
    public void Answer_AfterTheDiscountQuestion_FirstScreenHasTheNormalPriceAndTheDaysLeft(string day, Language language, string question, string price, string dated)
    {
        var answer = fixture.Answerer.Answer(question, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), language);

        Assert.Equal(("setelah-diskon", true, true), (answer.EntryId, answer.Text.Contains(price, StringComparison.Ordinal), answer.Text.Contains(dated, StringComparison.Ordinal)));
    }

    /// <summary>
    /// "Is the discount extended?" in December: the first screen says that no extension had been announced as of the
    /// review date, and each sector's days left (2026-12-08: both were behind "Selengkapnya").
    /// </summary>
    [Theory]
    [InlineData(Language.Id, "diskon iuran bpjs tk diperpanjang gak?", "Sampai 4 Desember 2026 belum ada kabar perpanjangan.", "tinggal 24 hari")]
    [InlineData(Language.En, "has the contribution discount been extended?", "As of 4 December 2026, no extension has been announced.", "has 24 days left")]
    public void Answer_IsTheDiscountExtended_FirstScreenSaysNoNewsAndTheDaysLeft(Language language, string question, string noNews, string daysLeft)
    {
        var answer = fixture.Answerer.Answer(question, new DateOnly(2026, 12, 8), language);

        Assert.Equal(("diskon-cara-dapat", true, true), (answer.EntryId, answer.Text.Contains(noNews, StringComparison.Ordinal), answer.Text.Contains(daysLeft, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The first screen starts with the summary's first part, and the later screens are the rest of it, in
    /// order. (A prompt, "Ketik penghasilan Anda…", follows the first part on the first screen: AnswererTests pins it.)
    /// </summary>
    private bool HoldsWholeSummary(FaqEntry entry)
    {
        var answer = fixture.Answerer.AnswerEntry(entry.Id, KnowledgeFixture.Today, entry.Language);
        var summary = Collapse(fixture.Knowledge.Live.Render(entry.Summary, entry.Language, KnowledgeFixture.Today));
        var rest = Collapse(string.Join(" ", answer.More));
        if (!summary.EndsWith(rest, StringComparison.Ordinal))
        {
            return false;
        }

        var head = summary[..(summary.Length - rest.Length)].TrimEnd();
        return Collapse(answer.Text).StartsWith(head, StringComparison.Ordinal);
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
