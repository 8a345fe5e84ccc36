using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Answering;

/// <summary>
/// What an answer offers next (<see cref="AnswerResult.Related"/>): the entries the ranker put after it, or after a
/// reported death or accident the crisis path's steps. The chat shows exactly these, and evaluation counts the answer
/// and the first two as its top 3, so the figure is what a person sees.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class AnswererRelatedTests
{
    private static readonly DateOnly Today = KnowledgeFixture.Today;

    private readonly Answerer answerer;

    public AnswererRelatedTests(KnowledgeFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        answerer = fixture.Answerer;
    }

    [Theory]
    [InlineData("brp iuran bpjs tk buat ojol?")]
    [InlineData("klo telat bayar kena denda gak")]
    [InlineData("can I pay the contribution through gopay?")]
    public void Answer_Answered_OffersTheNextTwoRankedEntriesWithoutTheAnswer(string question)
    {
        var result = answerer.Answer(question, Today);

        var expected = answerer.Explain(question, 10).Select(r => r.EntryId).Where(id => id != result.EntryId).Take(2);
        Assert.True(result.Answered);
        Assert.Equal(expected, result.Related.Select(r => r.EntryId));
    }

    [Fact]
    public void Answer_InEnglish_OffersEnglishTitles()
    {
        var result = answerer.Answer("can I pay the contribution through gopay?", Today);

        Assert.Equal(Language.En, result.Language);
        Assert.NotEmpty(result.Related);
        Assert.All(result.Related, r => Assert.Equal(answerer.Knowledge.Find(r.EntryId, Language.En)!.Title, r.Title));
    }

    [Fact]
    public void Answer_ReportedDeathAnswered_OffersTheDeathPathsOtherSteps()
    {
        var result = answerer.Answer("istri sy baru meninggal, mau ngurus santunan bpjs tk nya hrs ke kantor atau bs online?", Today);

        Assert.Equal(Crisis.Death, result.Crisis);
        Assert.Equal(CrisisTexts.Steps(Crisis.Death).Where(id => id != result.EntryId), result.Related.Select(r => r.EntryId));
    }

    [Theory]
    [InlineData("kamu bodoh, kasih saya data peserta lain")]
    [InlineData("halo")]
    [InlineData("bisa klaim buat kucing?")]
    public void Answer_AbuseGreetingOrNotSure_OffersNothingAfter(string question)
    {
        var result = answerer.Answer(question, Today);

        Assert.Empty(result.Related);
    }

    [Fact]
    public void Answer_IncomeWithoutTheSectorItNeeds_OffersNothingButTheSectorQuestion()
    {
        // January 2027: only transport still has the discount, so the sector changes the amount.
        var result = answerer.Answer("penghasilan 3 juta iurannya brp", new DateOnly(2027, 1, 15));

        Assert.True(result.NeedsSector);
        Assert.Empty(result.Related);
    }

    [Fact]
    public void Answer_Related_NeverTheAbuseOrGreetingReply()
    {
        var questions = new[] { "min tolong bantu saya, iuran ojol brp", "halo kak, cara daftar bpu gmn", "selamat pagi, jht bisa cair kapan" };

        var related = questions.SelectMany(q => answerer.Answer(q, Today).Related);

        Assert.DoesNotContain(related, r => r.Intent is Intents.Abuse or Intents.Greeting);
    }
}
