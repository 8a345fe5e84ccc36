using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Knowledge.Rules;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="Jamsos.Outreach.Bot.Core.Storage.IReminderStore"/> does: one reminder per chat, claims once across instances, one lease holder.</summary>
public abstract class ReminderStoreContract : StoreContract
{
    private static readonly ChatKey Chat = new("telegram", "70");

    [Fact]
    public async Task GetAsync_AfterUpsert_ReturnsEveryField()
    {
        var reminder = Reminder();

        await Backend.Reminders().UpsertAsync(reminder);

        Assert.Equal(reminder, await Backend.Reminders().GetAsync(Chat));
    }

    [Fact]
    public async Task TryClaimAsync_SamePayDateTwiceFromTwoInstances_OnlyTheFirstClaims()
    {
        await Backend.Reminders().UpsertAsync(Reminder());

        var first = await Backend.Reminders(0).TryClaimAsync(Chat, new DateOnly(2026, 12, 10), new DateOnly(2027, 1, 10), At(2027, 1, 8), counted: true, lapseWarning: true);
        var second = await Backend.Reminders(1).TryClaimAsync(Chat, new DateOnly(2026, 12, 10), new DateOnly(2027, 1, 10), At(2027, 1, 8), counted: true, lapseWarning: true);

        var stored = await Backend.Reminders().GetAsync(Chat);
        Assert.Equal((true, false, new DateOnly(2027, 1, 10), At(2027, 1, 8), 3, 1), (first, second, stored!.NextPayDate, stored.NextSendAt, stored.Unconfirmed, stored.LapseWarnings));
    }

    [Fact]
    public async Task TryClaimAsync_TenConcurrentClaimsFromTwoInstances_ExactlyOneWins()
    {
        await Backend.Reminders().UpsertAsync(Reminder());

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            Backend.Reminders(i % 2).TryClaimAsync(Chat, new DateOnly(2026, 12, 10), new DateOnly(2027, 1, 10), At(2027, 1, 8), counted: true, lapseWarning: false))));

        Assert.Equal((1, 3), (claims.Count(c => c), (await Backend.Reminders().GetAsync(Chat))!.Unconfirmed));
    }

    [Fact]
    public async Task MarkPaidAsync_AfterClaims_ResetsTheUnconfirmedCount()
    {
        await Backend.Reminders().UpsertAsync(Reminder());

        var paid = await Backend.Reminders().MarkPaidAsync(Chat, Monday);

        Assert.Equal((true, 0), (paid, (await Backend.Reminders().GetAsync(Chat))!.Unconfirmed));
    }

    [Fact]
    public async Task DueAsync_OnlyDueOnesOfTheGivenChannels_OldestFirst()
    {
        await Backend.Reminders().UpsertAsync(Reminder() with { NextSendAt = At(2026, 12, 8) });
        await Backend.Reminders().UpsertAsync(Reminder() with { Chat = new ChatKey("telegram", "71"), NextSendAt = At(2026, 12, 3) });
        await Backend.Reminders().UpsertAsync(Reminder() with { Chat = new ChatKey("telegram", "72"), NextSendAt = At(2026, 12, 20) });
        await Backend.Reminders().UpsertAsync(Reminder() with { Chat = new ChatKey("terminal", "local"), NextSendAt = At(2026, 12, 1) });

        var due = await Backend.Reminders().DueAsync(At(2026, 12, 9), ["telegram", "discord"], 10);

        Assert.Equal(["71", "70"], due.Select(r => r.Chat.ChatId));
    }

    [Fact]
    public async Task ChangeDayAsync_NoReminder_ReturnsFalse()
    {
        var changed = await Backend.Reminders().ChangeDayAsync(Chat, 5, new DateOnly(2027, 1, 5), At(2027, 1, 3), Monday);

        Assert.False(changed);
    }

    [Fact]
    public async Task TryLeaseAsync_HeldByAnotherInstance_IsRefusedUntilItExpires()
    {
        var first = await Backend.Reminders(0).TryLeaseAsync("a", TimeSpan.FromMinutes(2));
        var refused = await Backend.Reminders(1).TryLeaseAsync("b", TimeSpan.FromMinutes(2));
        Backend.Clock.Advance(TimeSpan.FromMinutes(3));

        var afterExpiry = await Backend.Reminders(1).TryLeaseAsync("b", TimeSpan.FromMinutes(2));

        Assert.Equal((true, false, true), (first, refused, afterExpiry));
    }

    [Fact]
    public async Task ReleaseLeaseAsync_ByTheHolder_FreesItAtOnce()
    {
        await Backend.Reminders(0).TryLeaseAsync("a", TimeSpan.FromMinutes(2));

        await Backend.Reminders(0).ReleaseLeaseAsync("a");

        Assert.True(await Backend.Reminders(1).TryLeaseAsync("b", TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public async Task CountsAsync_ActiveAndWarnings_PerAgentCode()
    {
        await Backend.Reminders().UpsertAsync(Reminder() with { Referrer = "K7M2QX", LapseWarnings = 2 });
        await Backend.Reminders().UpsertAsync(Reminder() with { Chat = new ChatKey("telegram", "71"), Referrer = "K7M2QX", LapseWarnings = 1 });
        await Backend.Reminders().UpsertAsync(Reminder() with { Chat = new ChatKey("discord", "72"), Referrer = null, LapseWarnings = 4 });

        var counts = await Backend.Reminders().CountsAsync();

        Assert.Equal((3, 7, new ReminderAgentCount(2, 3), 1), (counts.Active, counts.LapseWarnings, counts.ByReferrer["K7M2QX"], counts.ByReferrer.Count));
    }

    [Fact]
    public async Task DeletePersonAsync_PersonsReminder_IsDeletedAndShownBefore()
    {
        await Backend.Reminders().UpsertAsync(Reminder());
        await Backend.Reminders().UpsertAsync(Reminder() with { Chat = new ChatKey("telegram", "80"), UserId = "8" });
        var shown = await Backend.PersonalData().ReadPersonAsync("telegram", "7", "a7a7a7a7");

        var deleted = await Backend.PersonalData().DeletePersonAsync("telegram", "7", "a7a7a7a7");

        Assert.Equal((1, 1, (PaymentReminder?)null, "8"), (shown.ReminderList.Count, deleted.Reminders, await Backend.Reminders().GetAsync(Chat), (await Backend.Reminders().GetAsync(new ChatKey("telegram", "80")))!.UserId));
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 1, 0, 0, TimeSpan.Zero);

    private static PaymentReminder Reminder() => new(
        Chat, "7", 10, Sector.Transport, 2_700_000m, "id", ReminderConsent.Version, Monday, new DateOnly(2026, 12, 10), At(2026, 12, 8),
        Unconfirmed: 2, LapseWarnings: 0, Referrer: "K7M2QX", Monday, Monday);
}
