using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Rules;

/// <summary>JKP regimes from content/data/jkp.yml: PP 37/2021 from 1 Feb 2022, PP 6/2025 from 7 Feb 2025.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class JkpRulesTests
{
    private readonly JkpRules jkp;

    public JkpRulesTests(KnowledgeFixture fixture)
    {
        jkp = fixture.Knowledge.Jkp;
    }

    [Fact]
    public void RegimeOn_BeforeJkpExisted_IsNull()
    {
        var regime = jkp.RegimeOn(new DateOnly(2022, 1, 31));

        Assert.Null(regime);
    }

    [Theory]
    [InlineData("2022-02-01", "PP 37/2021")]
    [InlineData("2025-02-06", "PP 37/2021")]
    [InlineData("2025-02-07", "PP 6/2025")]
    [InlineData("2026-11-21", "PP 6/2025")]
    public void RegimeOn_Date_IsTheRegimeInForce(string date, string regulation)
    {
        var regime = jkp.RegimeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(regulation, regime?.Regulation);
    }

    [Fact]
    public void Payments_CurrentRegimeWageAboveCap_SixMonthsOfThreeMillion()
    {
        var payments = jkp.Current.Payments(10_000_000m);

        Assert.Equal(Enumerable.Repeat(3_000_000m, 6), payments);
    }

    [Fact]
    public void Payments_CurrentRegimeWageBelowCap_SixtyPercentOfWage()
    {
        var payments = jkp.Current.Payments(4_000_000m);

        Assert.Equal(Enumerable.Repeat(2_400_000m, 6), payments);
    }

    [Fact]
    public void Payments_OldRegime_FortyFiveThenTwentyFivePercentOfCappedWage()
    {
        var payments = jkp.Old.Payments(8_000_000m);

        Assert.Equal([2_250_000m, 2_250_000m, 2_250_000m, 1_250_000m, 1_250_000m, 1_250_000m], payments);
    }

    [Fact]
    public void Payments_NegativeWage_PaysNothing()
    {
        var payments = jkp.Current.Payments(-1m);

        Assert.All(payments, p => Assert.Equal(0m, p));
    }

    [Fact]
    public void MaxTotal_CurrentRegime_Is18Million()
    {
        var total = jkp.Current.MaxTotal;

        Assert.Equal(18_000_000m, total);
    }

    [Fact]
    public void MaxMonthly_CurrentRegime_Is3Million()
    {
        var monthly = jkp.Current.MaxMonthly;

        Assert.Equal(3_000_000m, monthly);
    }

    [Fact]
    public void ClaimWindowMonths_CurrentRegime_IsSix()
    {
        var months = jkp.Current.ClaimWindowMonths;

        Assert.Equal(6, months);
    }

    [Theory]
    [InlineData(JobLossReason.LaidOff)]
    [InlineData(JobLossReason.PlatformDeactivated)]
    [InlineData(JobLossReason.Resigned)]
    public void Evaluate_InformalWorker_IsNotEligible(JobLossReason reason)
    {
        var decision = jkp.Evaluate(WorkerKind.Informal, reason, KnowledgeFixture.Today);

        Assert.False(decision.Eligible);
    }

    [Fact]
    public void Evaluate_InformalWorker_GivesReasonInBothLanguages()
    {
        var decision = jkp.Evaluate(WorkerKind.Informal, JobLossReason.LaidOff, KnowledgeFixture.Today);

        Assert.True(decision.ReasonId.Contains("informal", StringComparison.OrdinalIgnoreCase) && decision.ReasonEn.Contains("informal", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(JobLossReason.Resigned)]
    [InlineData(JobLossReason.ContractEnded)]
    [InlineData(JobLossReason.Retired)]
    public void Evaluate_WageEarnerNotLaidOff_IsNotEligible(JobLossReason reason)
    {
        var decision = jkp.Evaluate(WorkerKind.WageEarner, reason, KnowledgeFixture.Today);

        Assert.False(decision.Eligible);
    }

    [Theory]
    [InlineData(JobLossReason.LaidOff)]
    [InlineData(JobLossReason.LaidOffBeforeContractEnd)]
    public void Evaluate_WageEarnerLaidOff_IsEligible(JobLossReason reason)
    {
        var decision = jkp.Evaluate(WorkerKind.WageEarner, reason, KnowledgeFixture.Today);

        Assert.True(decision.Eligible);
    }

    [Fact]
    public void Evaluate_LayoffUnderOldRegime_NamesOldRegime()
    {
        var decision = jkp.Evaluate(WorkerKind.WageEarner, JobLossReason.LaidOff, new DateOnly(2024, 6, 1));

        Assert.Equal("PP 37/2021", decision.Regime.Regulation);
    }
}
