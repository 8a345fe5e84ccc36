using Jamsos.Outreach.Bot.Core.SignUps;
using Xunit;
using Xunit.Abstractions;

namespace Jamsos.Outreach.Tests.Bot.Scale;

/// <summary>Two bot processes behind one (simulated) load balancer on one PostgreSQL: what <see cref="MultiInstanceRun"/> left.</summary>
public sealed class MultiInstanceTests : IClassFixture<MultiInstanceRun>
{
    private readonly MultiInstanceRun run;

    public MultiInstanceTests(MultiInstanceRun run, ITestOutputHelper output)
    {
        this.run = run;
        output.WriteLine(run.Report);
    }

    [Fact]
    public void PartOne_TwoThousandPosts_FromFiveHundredChats()
    {
        Assert.Equal((2_000, 500), (run.Posts, MultiInstanceRun.SignUps + MultiInstanceRun.QuestionChats));
    }

    [Fact]
    public void Questions_PostedToBothInstancesAndRedelivered_AreEachAnsweredOnce()
    {
        var wrong = run.QuestionsPerChat.Where(q => run.SendMessagesPerChat.GetValueOrDefault(q.Key) != q.Value).Select(q => q.Key).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void SignUps_StepsAlternatingAndOneStepRedelivered_AreAnsweredLikeOneInstanceWould()
    {
        var expected = run.MessagesPerStep.Sum();

        var wrong = run.Walkers.Where(w => run.SendMessagesPerChat.GetValueOrDefault(w.Chat) != expected).Select(w => w.Chat).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void ButtonPresses_AreAcknowledgedOnceEach()
    {
        Assert.Equal((run.CallbackUpdates, run.CallbackUpdates), (run.AnswerCallbackCalls, run.AnswerCallbackIds.Count));
    }

    [Fact]
    public void UpdateIds_AreClaimedOnceAcrossInstances()
    {
        Assert.Equal(run.DistinctUpdates, run.ProcessedUpdates);
    }

    [Fact]
    public void SignUps_AreStoredOnceWithEveryStepAndTheConsent()
    {
        var wrong = run.Walkers.Where(w => !run.Stored.TryGetValue(w.Phone, out var s) || (s.Name, s.Region, s.Occupation, s.Contact, s.News, s.Consent) != (w.Name, Regions.Banten[0], Occupations.Choices[0].Id, "Telegram", true, true)).Select(w => w.Chat).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Kill_LandedMidRun()
    {
        Assert.Equal((true, true), (run.KilledInstanceIsDead, run.AnsweredBeforeKill < MultiInstanceRun.LateSignUps * SignUpWalker.Steps));
    }

    [Fact]
    public void Kill_TheSurvivorCarriesOn()
    {
        var finished = run.LateWalkers.Count(w => run.Confirmed.Contains(w.Chat));

        Assert.True(finished >= MultiInstanceRun.LateSignUps * 3 / 4, $"only {finished} of {MultiInstanceRun.LateSignUps} sign-ups finished after the kill; {run.Report}");
    }

    [Fact]
    public void Kill_NothingConfirmedIsLost()
    {
        var phones = run.Walkers.Concat(run.LateWalkers).ToDictionary(w => w.Chat, w => w.Phone);

        var lost = run.Confirmed.Where(chat => !run.Stored.TryGetValue(phones[chat], out var s) || !s.Consent).ToList();

        Assert.Equal((0, true), (lost.Count, run.Confirmed.Count > MultiInstanceRun.SignUps));
    }
}
