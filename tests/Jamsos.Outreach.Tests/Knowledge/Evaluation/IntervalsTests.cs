using Jamsos.Outreach.Knowledge.Evaluation;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Evaluation;

public sealed class IntervalsTests
{
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, the score method.
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_PublishedExamples_Match(int successes, int count, double low, double high)
    {
        var interval = Intervals.Wilson(successes, count);

        Assert.Equal((low, high), (Math.Round(interval.Low, 4), Math.Round(interval.High, 4)));
    }

    [Fact]
    public void Wilson_AllRight_ReachesOneAndStaysBelowItsLowEnd()
    {
        var (low, high) = Intervals.Wilson(214, 214);

        Assert.Equal(1.0, high, 12);
        Assert.InRange(low, 0.98, 0.99);
    }

    [Fact]
    public void Wilson_MoreSuccessesThanQuestions_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervals.Wilson(5, 4));

    [Fact]
    public void PairedBootstrap_EngineAlwaysRightBaselineNever_IsOneExactly()
    {
        var a = Enumerable.Repeat(true, 50).ToArray();
        var b = Enumerable.Repeat(false, 50).ToArray();

        Assert.Equal((1.0, 1.0), Intervals.PairedBootstrapDifference(a, b, 500));
    }

    [Fact]
    public void PairedBootstrap_SameOutcomes_IsZeroExactly()
    {
        var a = Enumerable.Range(0, 80).Select(i => i % 3 == 0).ToArray();

        Assert.Equal((0.0, 0.0), Intervals.PairedBootstrapDifference(a, a, 500));
    }

    [Fact]
    public void PairedBootstrap_TwentyPointGapOnTwoHundred_IsAboutSevenPointsEachSide()
    {
        // 200 questions: the engine right on 160, the baseline on 120 (both right on 110): a 20-point margin, standard
        // error sqrt(0.26 / 200) = 3.6 points, so about [13, 27].
        var a = Enumerable.Range(0, 200).Select(i => i < 160).ToArray();
        var b = Enumerable.Range(0, 200).Select(i => i is >= 50 and < 170).ToArray();

        var (low, high) = Intervals.PairedBootstrapDifference(a, b);

        Assert.True(low is > 0.10 and < 0.17 && high is > 0.23 and < 0.30, $"[{low}, {high}]");
    }

    [Fact]
    public void PairedBootstrap_SameSeed_SameInterval()
    {
        var a = Enumerable.Range(0, 120).Select(i => i % 4 != 0).ToArray();
        var b = Enumerable.Range(0, 120).Select(i => i % 3 != 0).ToArray();

        Assert.Equal(Intervals.PairedBootstrapDifference(a, b), Intervals.PairedBootstrapDifference(a, b));
    }

    [Fact]
    public void PairedBootstrap_DifferentLengths_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervals.PairedBootstrapDifference([true], [true, false]));
}
