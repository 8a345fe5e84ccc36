using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Answering;

/// <summary>
/// Issue 15, point 7: every computed answer's first screen is under 600 characters, whatever the income, the
/// sector and the date (before, inside and after both discount periods, whose last months are December 2026
/// and March 2027), in both languages, along every path that computes: a stated income with or without a
/// sector, a sector alone, a follow-up, and the /iuran dialogue. The screens behind "Selengkapnya" too.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class ComputedScreensTests
{
    private static readonly string[] Incomes = ["800rb", "1jt", "3jt", "8,5jt", "25jt", "100jt"];
    private static readonly decimal[] Amounts = [500_000, 1_000_000, 2_950_000, 8_500_000, 100_000_000];

    private readonly KnowledgeFixture fixture;

    public ComputedScreensTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    public static TheoryData<string, Language> Dates()
    {
        var data = new TheoryData<string, Language>();
        foreach (var date in new[] { "2026-01-10", "2026-11-21", "2026-12-31", "2027-01-01", "2027-03-31", "2027-04-01", "2027-06-15" })
        {
            data.Add(date, Language.Id);
            data.Add(date, Language.En);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void Answer_EveryComputedPath_FirstScreenUnder600Characters(string day, Language language)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var answers = ComputedAnswers(date, language).ToList();

        var tooLong = answers.Where(a => a.Text.Length >= AnswerRenderer.FirstScreenLimit).Select(a => $"{a.Case}: {a.Text.Length}");
        Assert.Empty(tooLong);
    }

    /// <summary>The cases above really compute: a figure or the sector question, on every path.</summary>
    [Theory]
    [MemberData(nameof(Dates))]
    public void Answer_EveryComputedPath_ComputesAFigureOrAsksTheSector(string day, Language language)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var notComputed = ComputedAnswers(date, language).Where(a => !a.Computed).Select(a => a.Case);

        Assert.Empty(notComputed);
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void Answer_ComputedFigure_EveryScreenBehindMoreUnder600Characters(string day, Language language)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var screens = fixture.Linked.AnswerContribution(3_000_000, Sector.Transport, date, language).More;

        Assert.Equal((true, 0), (screens.Count > 0, screens.Count(s => s.Length >= AnswerRenderer.FirstScreenLimit)));
    }

    /// <summary>Entries whose text changes with the date (the discount's status, the days left): on every date, every screen.</summary>
    [Theory]
    [MemberData(nameof(Dates))]
    public void AnswerEntry_DateDependentEntries_EveryScreenUnder600CharactersOnEveryDate(string day, Language language)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var dated = fixture.Knowledge.In(language).Where(e => (e.Summary + e.Prompt).Contains("{{" + PlaceholderResolver.LivePrefix, StringComparison.Ordinal)).ToList();

        var tooLong = dated
            .Select(e => (e.Key, Screens: fixture.Linked.AnswerEntry(e.Id, date, language) is var a ? a.More.Prepend(a.Text).ToList() : []))
            .Where(e => e.Screens.Any(s => s.Length >= AnswerRenderer.FirstScreenLimit))
            .Select(e => $"{e.Key}: {string.Join('/', e.Screens.Select(s => s.Length))}");

        Assert.Equal((true, string.Empty), (dated.Count > 0, string.Join("; ", tooLong)));
    }

    /// <summary>The breakdown gives way only when the screen is full (after a crisis line); with room it stays.</summary>
    [Fact]
    public void Answer_ComputedFigureWithRoom_KeepsTheJkkAndJkmBreakdown()
    {
        var text = fixture.Linked.Answer("sy ojol penghasilan 100jt iurannya brp", KnowledgeFixture.Today, Language.Id).Text;

        Assert.Contains("(JKK Rp207.000 + JKM Rp6.800)", text, StringComparison.Ordinal);
    }

    private IEnumerable<(string Case, string Text, bool Computed)> ComputedAnswers(DateOnly date, Language language)
    {
        var answerer = fixture.Linked;
        var sectors = language == Language.En ? new[] { "an ojol driver", "a market trader", "a worker" } : ["ojol", "pedagang", "pekerja"];
        foreach (var income in Incomes)
        {
            foreach (var sector in sectors)
            {
                var question = language == Language.En ? $"I am {sector} earning {income} a month, how much is the bpjs tk contribution?" : $"sy {sector} penghasilan {income} iurannya brp";
                yield return Case(question, answerer.Answer(question, date, language));
            }

            var followUp = language == Language.En ? $"what about {income}?" : $"kalau {income}?";
            yield return Case("follow-up " + followUp, answerer.Answer(followUp, date, language, new AnswerContext(Sector.Transport, 1_000_000, Intents.ContributionByIncome)));
        }

        foreach (var question in language == Language.En ? new[] { "how much is bpjs tk for an ojol driver?", "what about ojol?" } : ["berapa iuran bpjs tk buat ojol?", "kalau ojol?"])
        {
            yield return Case(question, answerer.Answer(question, date, language, new AnswerContext(null, null, Intents.ContributionAmount)));
        }

        foreach (var amount in Amounts)
        {
            foreach (var sector in Enum.GetValues<Sector>())
            {
                yield return Case($"/iuran {amount} {sector}", answerer.AnswerContribution(amount, sector, date, language));
            }
        }
    }

    private static (string Case, string Text, bool Computed) Case(string question, AnswerResult answer) =>
        (question, answer.Text, answer.Quote is not null || answer.NeedsSector);
}
