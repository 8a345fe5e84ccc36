using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Content;

/// <summary>The run over the real content/ folder, so a bad edit fails CI (house style).</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class RealContentTests
{
    private readonly KnowledgeFixture fixture;

    public RealContentTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    public static TheoryData<string> AllIntents() => new(Intents.All.Order(StringComparer.Ordinal));

    [Fact]
    public void Load_RealContent_HasEntriesInBothLanguages()
    {
        var knowledge = ContentLoader.Load(fixture.Root);

        Assert.True(knowledge.In(Language.Id).Any() && knowledge.In(Language.En).Any());
    }

    [Theory]
    [MemberData(nameof(AllIntents))]
    public void Entries_EveryIntent_HasIndonesianAndEnglishEntry(string intent)
    {
        var languages = fixture.Knowledge.Entries.Where(e => e.Intent == intent).Select(e => e.Language).Distinct();

        Assert.Equal([Language.Id, Language.En], languages.Order());
    }

    [Fact]
    public void Entries_Every_HasAtLeastSixQuestions()
    {
        var tooFew = fixture.Knowledge.Entries.Where(e => e.Questions.Count < 6).Select(e => e.File);

        Assert.Empty(tooFew);
    }

    [Fact]
    public void Entries_Every_SummaryAtMost700Characters()
    {
        var dates = new[] { new DateOnly(2025, 12, 1), new DateOnly(2026, 2, 1), KnowledgeFixture.Today, new DateOnly(2027, 2, 1), new DateOnly(2027, 6, 1) };

        var tooLong = fixture.Knowledge.Entries
            .SelectMany(e => dates.Select(d => (e.File, Length: fixture.Knowledge.Live.Render(e.Summary, e.Language, d).Length)))
            .Where(x => x.Length > 700)
            .Select(x => $"{x.File}: {x.Length}");

        Assert.Empty(tooLong);
    }

    /// <summary>
    /// A date typed into Markdown goes stale without anyone noticing: "as of" dates come from
    /// tinjauan.date and periods from diskon.yml (issue 15). Question variants are what people type.
    /// </summary>
    [Fact]
    public void Entries_Every_TypesNoMonthAndYearIntoSummaryOrBody()
    {
        var months = string.Join('|', Enumerable.Range(1, 12).SelectMany(m => new[] { ValueFormatter.MonthName(m, Language.Id), ValueFormatter.MonthName(m, Language.En) }).Distinct());
        var typed = new System.Text.RegularExpressions.Regex($"\\b({months}) (19|20)[0-9]{{2}}\\b");

        var dated = fixture.Knowledge.Entries
            .Where(e => typed.IsMatch(SummaryAndBodyAsWritten(e)))
            .Select(e => e.File);

        Assert.Empty(dated);
    }

    /// <summary>The file's summary and body before placeholders are filled in (loading fills them).</summary>
    private string SummaryAndBodyAsWritten(FaqEntry entry)
    {
        var raw = File.ReadAllText(Path.Combine(fixture.Root, entry.File));
        var summary = raw.IndexOf("\nsummary:", StringComparison.Ordinal);
        var sources = raw.IndexOf("\nsources:", StringComparison.Ordinal);
        var body = raw.IndexOf("\n---", 4, StringComparison.Ordinal);
        return raw[summary..sources] + raw[body..];
    }

    [Fact]
    public void Entries_EnglishTwin_ExistsForEveryIndonesianEntry()
    {
        var missing = fixture.Knowledge.In(Language.Id).Where(e => fixture.Knowledge.Find(e.Id, Language.En) is null).Select(e => e.File);

        Assert.Empty(missing);
    }

    [Fact]
    public void Catalog_EveryValue_HasSourceAndCheckedDate()
    {
        var incomplete = fixture.Knowledge.Catalog.Values
            .Where(v => string.IsNullOrWhiteSpace(v.Source) || v.Checked == default)
            .Select(v => v.Key);

        Assert.Empty(incomplete);
    }

    [Fact]
    public void Catalog_BandTable_HasSourceAndCheckedDate()
    {
        var bands = fixture.Knowledge.Catalog.Bands;

        Assert.True(!string.IsNullOrWhiteSpace(bands.Source) && bands.Checked != default, "bands.yml needs a source and a checked date");
    }
}
