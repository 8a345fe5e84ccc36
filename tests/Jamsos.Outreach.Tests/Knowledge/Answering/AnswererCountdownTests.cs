using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Answering;

/// <summary>
/// Contribution answers count down the discount of the person's sector while it is in force, with their
/// date, and say it has ended, with the JMO / 175 advice, after (issue 15, points 3 and 4).
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class AnswererCountdownTests
{
    private readonly KnowledgeFixture fixture;

    public AnswererCountdownTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void Answer_OjolContributionDuringTheDiscount_SaysTheTransportDaysLeftWithTheDate()
    {
        var result = fixture.Answerer.Answer("brp iuran bpjs tk buat ojol?", new DateOnly(2026, 12, 4), Language.Id);

        Assert.Contains("Anda bayar Rp8.400 per bulan; per 4 Desember 2026 masa diskon ini tinggal 118 hari.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerContribution_OtherSectorOnItsLastDay_SaysItEndsToday()
    {
        var result = fixture.Answerer.AnswerContribution(1_000_000m, Sector.Other, new DateOnly(2026, 12, 31), Language.Id);

        Assert.Contains("per 31 Desember 2026 masa diskon ini berakhir hari ini.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerContribution_OtherSectorTheDayAfter_SaysItEndedWithTheAdvice()
    {
        var result = fixture.Answerer.AnswerContribution(1_000_000m, Sector.Other, new DateOnly(2027, 1, 1), Language.Id);

        Assert.Equal(
            (true, true),
            (result.Text.Contains("berlaku untuk iuran April–Desember 2026 dan sudah berakhir, kecuali diperpanjang.", StringComparison.Ordinal),
             result.Text.Contains("Cek di aplikasi JMO (Jamsostek Mobile) atau Contact Center 175.", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnswerContribution_OtherSectorTheDayAfter_GivesTheAdviceOnce()
    {
        var result = fixture.Answerer.AnswerContribution(1_000_000m, Sector.Other, new DateOnly(2027, 1, 1), Language.Id);

        var times = result.Text.Split("Cek di aplikasi JMO (Jamsostek Mobile) atau Contact Center 175.").Length - 1;

        Assert.Equal(1, times);
    }

    [Fact]
    public void AnswerContribution_TransportInEnglish_SaysTheDaysLeft()
    {
        var result = fixture.Answerer.AnswerContribution(1_000_000m, Sector.Transport, new DateOnly(2027, 1, 5), Language.En);

        Assert.Contains("you pay Rp8,400 a month; as of 5 January 2027 this discount has 86 days left.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_TheClockMovesADay_TheCountdownFollows()
    {
        var first = fixture.Answerer.Answer("diskon iuran bpjs tk sampai kapan", new DateOnly(2026, 12, 4), Language.Id);

        var next = fixture.Answerer.Answer("diskon iuran bpjs tk sampai kapan", new DateOnly(2026, 12, 5), Language.Id);

        Assert.Equal((true, true), (first.Text.Contains("tinggal 28 hari", StringComparison.Ordinal), next.Text.Contains("tinggal 27 hari", StringComparison.Ordinal)));
    }

    [Fact]
    public void Answer_DateFromTheTimeProvider_CountsFromThatDay()
    {
        var answerer = new Answerer(fixture.Knowledge, TestClock.At(new DateOnly(2027, 3, 30)));

        var result = answerer.Answer("brp iuran bpjs tk buat ojol?");

        Assert.Contains("per 30 Maret 2027 masa diskon ini tinggal 2 hari.", result.Text, StringComparison.Ordinal);
    }
}
