using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Answering;

/// <summary>Follow-ups lean on what the chat established (issue 10, point 8); an unknown sector that changes the amount is asked for.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class AnswererContextTests
{
    // Only the transport discount is still in force: the sector changes the amount.
    private static readonly DateOnly January2027 = new(2027, 1, 5);

    private readonly Answerer answerer;

    public AnswererContextTests(KnowledgeFixture fixture)
    {
        answerer = fixture.Answerer;
    }

    [Fact]
    public void Answer_IncomeFollowUpAfterOjolQuestion_KeepsTheTransportSector()
    {
        var context = new AnswerContext(Sector.Transport, null, Intents.ContributionAmount);

        var result = answerer.Answer("kalo penghasilan 3 juta?", January2027, Language.Id, context);

        Assert.Equal(Sector.Transport, result.Quote?.Sector);
    }

    [Fact]
    public void Answer_SectorFollowUpAfterIncomeAnswer_KeepsTheIncome()
    {
        var context = new AnswerContext(Sector.Transport, 3_000_000m, Intents.ContributionByIncome);

        var result = answerer.Answer("kalau petani?", January2027, Language.Id, context);

        Assert.Equal((Sector.Other, 3_000_000m), (result.Quote!.Sector, result.Quote.DeclaredIncome));
    }

    [Fact]
    public void Answer_IncomeWithoutSectorWhenSectorMatters_AsksForTheSector()
    {
        var result = answerer.Answer("penghasilan saya 3 juta, iurannya brp?", January2027, Language.Id, AnswerContext.None);

        Assert.True(result.NeedsSector && result.Quote is null && result.Income == 3_000_000m);
    }

    [Fact]
    public void Answer_IncomeWithoutSectorWhenBothDiscountsRun_AnswersWithoutAsking()
    {
        var result = answerer.Answer("penghasilan saya 3 juta, iurannya brp?", new DateOnly(2026, 12, 4), Language.Id, AnswerContext.None);

        Assert.False(result.NeedsSector);
    }

    [Theory]
    [InlineData("3 juta", Language.Id)]
    [InlineData("3jt", Language.Id)]
    [InlineData("3 million", Language.En)]
    public void Answer_BareAmountAfterTheIncomePrompt_IsTheIncome(string reply, Language language)
    {
        var context = new AnswerContext(null, null, Intents.ContributionByIncome);

        var result = answerer.Answer(reply, new DateOnly(2026, 12, 4), language, context);

        Assert.Equal(3_000_000m, result.Quote?.DeclaredIncome);
    }

    [Fact]
    public void Answer_BareIncomeAfterAnotherTopic_IsNotTreatedAsAFollowUp()
    {
        var context = new AnswerContext(Sector.Transport, null, Intents.JkmBenefits);

        var result = answerer.Answer("kalo 3 juta?", January2027, Language.Id, context);

        Assert.NotEqual(Sector.Transport, result.Quote?.Sector);
    }
}
