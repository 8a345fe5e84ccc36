using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// The reminder port in memory, with the same compare-and-set claim and lease rules as the real stores
/// (whose own behaviour the store contract tests check against SQLite and PostgreSQL).
/// </summary>
public sealed class InMemoryReminderStore : IReminderStore
{
    private readonly Dictionary<ChatKey, PaymentReminder> reminders = [];
    private readonly Lock gate = new();
    private (string? Holder, DateTimeOffset Until) lease;

    public InMemoryReminderStore(TimeProvider? clock = null)
    {
        Clock = clock ?? TimeProvider.System;
    }

    public TimeProvider Clock { get; set; }

    public IReadOnlyList<PaymentReminder> All
    {
        get
        {
            lock (gate)
            {
                return [.. reminders.Values];
            }
        }
    }

    public Task UpsertAsync(PaymentReminder reminder, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            reminders[reminder.Chat] = reminders.TryGetValue(reminder.Chat, out var old) ? reminder with { CreatedAt = old.CreatedAt } : reminder;
        }

        return Task.CompletedTask;
    }

    public Task<PaymentReminder?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(reminders.GetValueOrDefault(chat));
        }
    }

    public Task<bool> DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(reminders.Remove(chat));
        }
    }

    public Task<IReadOnlyList<PaymentReminder>> DueAsync(DateTimeOffset now, IReadOnlyCollection<string> channels, int limit, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<PaymentReminder>>(reminders.Values
                .Where(r => r.NextSendAt <= now && channels.Contains(r.Chat.Channel))
                .OrderBy(r => r.NextSendAt).ThenBy(r => r.Chat.Channel, StringComparer.Ordinal).ThenBy(r => r.Chat.ChatId, StringComparer.Ordinal)
                .Take(limit).ToList());
        }
    }

    public Task<bool> TryClaimAsync(ChatKey chat, DateOnly payDate, DateOnly nextPayDate, DateTimeOffset nextSendAt, bool counted, bool lapseWarning, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!reminders.TryGetValue(chat, out var r) || r.NextPayDate != payDate)
            {
                return Task.FromResult(false);
            }

            reminders[chat] = r with
            {
                NextPayDate = nextPayDate, NextSendAt = nextSendAt, Unconfirmed = r.Unconfirmed + (counted ? 1 : 0),
                LapseWarnings = r.LapseWarnings + (lapseWarning ? 1 : 0), UpdatedAt = Clock.GetUtcNow(),
            };
            return Task.FromResult(true);
        }
    }

    public Task<bool> MarkPaidAsync(ChatKey chat, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Update(chat, r => r with { Unconfirmed = 0, UpdatedAt = now });

    public Task<bool> ChangeDayAsync(ChatKey chat, int day, DateOnly nextPayDate, DateTimeOffset nextSendAt, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Update(chat, r => r with { Day = day, NextPayDate = nextPayDate, NextSendAt = nextSendAt, UpdatedAt = now });

    public Task<ReminderCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(ReminderCountsBuilder.From(reminders.Values.GroupBy(r => r.Referrer).Select(g => (g.Key, g.Count(), g.Sum(r => r.LapseWarnings)))));
        }
    }

    public Task<bool> TryLeaseAsync(string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var now = Clock.GetUtcNow();
            if (lease.Holder is not null && lease.Holder != holder && lease.Until > now)
            {
                return Task.FromResult(false);
            }

            lease = (holder, now + duration);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseLeaseAsync(string holder, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (lease.Holder == holder)
            {
                lease = default;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The person's reminders, for /hapus and /datasaya of <see cref="InMemoryStores"/>.</summary>
    public IReadOnlyList<PaymentReminder> ByUser(string channel, string userId)
    {
        lock (gate)
        {
            return [.. reminders.Values.Where(r => r.Chat.Channel == channel && r.UserId == userId)];
        }
    }

    public int DeleteByUser(string channel, string userId)
    {
        lock (gate)
        {
            var keys = reminders.Values.Where(r => r.Chat.Channel == channel && r.UserId == userId).Select(r => r.Chat).ToList();
            keys.ForEach(k => reminders.Remove(k));
            return keys.Count;
        }
    }

    private Task<bool> Update(ChatKey chat, Func<PaymentReminder, PaymentReminder> change)
    {
        lock (gate)
        {
            if (!reminders.TryGetValue(chat, out var r))
            {
                return Task.FromResult(false);
            }

            reminders[chat] = change(r);
            return Task.FromResult(true);
        }
    }
}
