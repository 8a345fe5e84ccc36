using Jamsos.Outreach.Bot.Channels.Telegram;
using Jamsos.Outreach.Bot.Channels.Telegram.Sending;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>The token buckets and the group window, in virtual time.</summary>
public sealed class SendRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WaitAsync_FiveForOneChat_FollowTheOnePerSecondBucketAfterABurstOfThree()
    {
        var clock = TestClock.Virtual(Start);
        var limiter = new SendRateLimiter(new TelegramRateLimits(), clock);

        var times = await SendAsync(limiter, clock, Enumerable.Repeat(6012345678L, 5), isGroup: false);

        Assert.Equal([0, 0, 0, 1, 2], times.Select(t => Math.Round((t - Start).TotalSeconds)));
    }

    [Fact]
    public async Task WaitAsync_GroupChat_HoldsAtMostTwentyInAnyRollingMinute()
    {
        var clock = TestClock.Virtual(Start);
        var limiter = new SendRateLimiter(new TelegramRateLimits(), clock);

        var times = await SendAsync(limiter, clock, Enumerable.Repeat(-1001234567890L, 45), isGroup: true);

        Assert.All(Enumerable.Range(0, times.Count - 20), i => Assert.True(times[i + 20] - times[i] >= TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task WaitAsync_ManyChats_StayWithinThirtyASecondOverall()
    {
        var clock = TestClock.Virtual(Start);
        var limiter = new SendRateLimiter(new TelegramRateLimits(), clock);

        var times = await SendAsync(limiter, clock, Enumerable.Range(1, 120).Select(i => (long)i), isGroup: false);

        Assert.All(Enumerable.Range(0, times.Count - 30), i => Assert.True(times[i + 30] - times[i] >= TimeSpan.FromSeconds(0.99)));
    }

    [Fact]
    public async Task Pause_AfterA429_DelaysThatChatByRetryAfter()
    {
        var clock = TestClock.Virtual(Start);
        var limiter = new SendRateLimiter(new TelegramRateLimits(), clock);
        limiter.Pause(1, TimeSpan.FromSeconds(5));

        await limiter.WaitAsync(1, false, CancellationToken.None);

        Assert.True(clock.GetUtcNow() - Start >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Pause_AfterA429_LeavesOtherChatsGoing()
    {
        var clock = TestClock.Virtual(Start);
        var limiter = new SendRateLimiter(new TelegramRateLimits(), clock);
        limiter.Pause(1, TimeSpan.FromSeconds(5));

        await limiter.WaitAsync(2, false, CancellationToken.None);

        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public async Task WaitAsync_LimitsDisabled_NeverWaits()
    {
        var clock = TestClock.Virtual(Start);
        var limiter = new SendRateLimiter(new TelegramRateLimits { Enabled = false }, clock);

        await SendAsync(limiter, clock, Enumerable.Repeat(-5L, 100), isGroup: true);

        Assert.Equal(Start, clock.GetUtcNow());
    }

    private static async Task<List<DateTimeOffset>> SendAsync(SendRateLimiter limiter, TimeProvider clock, IEnumerable<long> chats, bool isGroup)
    {
        var times = new List<DateTimeOffset>();
        foreach (var chat in chats)
        {
            await limiter.WaitAsync(chat, isGroup, CancellationToken.None);
            times.Add(clock.GetUtcNow());
        }

        return times;
    }
}
