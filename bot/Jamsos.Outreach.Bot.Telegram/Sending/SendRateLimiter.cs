using Jamsos.Outreach.Bot.Core.Pacing;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Sending;

/// <summary>
/// Paces outgoing messages: a global token bucket (30/s, evenly), one per chat (1/s, burst 3), a
/// rolling 20-a-minute window per group, and a pause per chat that a 429 closes for retry_after. Other
/// chats go on meanwhile: the global bucket already keeps the total under Telegram's limit. A send takes
/// from all of them at once, under one lock, or waits for the slowest; so waiting on one chat never
/// burns the global budget. Idle chats are forgotten. Time and delays come from <see cref="TimeProvider"/>.
/// </summary>
internal sealed class SendRateLimiter
{
    private const int ForgetAbove = 10_000;

    private readonly TelegramRateLimits limits;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private readonly Dictionary<long, ChatPace> chats = [];
    private readonly TokenBucket global;

    public SendRateLimiter(TelegramRateLimits limits, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(clock);
        this.limits = limits;
        this.clock = clock;
        // The global bucket paces evenly (capacity one): a burst on top of 30/s is what a broadcast does
        // not need, and it would put up to 60 messages into the first second.
        global = new TokenBucket(limits.GlobalPerSecond, 1, clock);
    }

    /// <summary>Waits until a message may go to <paramref name="chatId"/>, and counts it.</summary>
    public Task WaitAsync(long chatId, bool isGroup, CancellationToken cancellationToken) =>
        Pace.WaitAsync(clock, () => TryTake(chatId, isGroup), cancellationToken);

    /// <summary>A 429 for this chat: nothing goes there before <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(long chatId, TimeSpan retryAfter)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var chat = Chat(chatId, now);
            chat.PausedUntil = Max(chat.PausedUntil, now + retryAfter);
        }
    }

    /// <summary>Takes from every limit of the chat, or from none and says how long the slowest needs.</summary>
    private TimeSpan TryTake(long chatId, bool isGroup)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var chat = Chat(chatId, now);
            var wait = chat.PausedUntil - now;
            if (limits.Enabled)
            {
                wait = Max(wait, Max(global.WaitTime(), chat.Bucket.WaitTime()));
                if (isGroup)
                {
                    wait = Max(wait, chat.Window.WaitTime());
                }
            }

            if (wait <= TimeSpan.Zero && limits.Enabled)
            {
                global.Take();
                chat.Bucket.Take();
                if (isGroup)
                {
                    chat.Window.Take();
                }
            }

            return wait;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private ChatPace Chat(long chatId, DateTimeOffset now)
    {
        if (chats.TryGetValue(chatId, out var chat))
        {
            return chat;
        }

        if (chats.Count >= ForgetAbove)
        {
            foreach (var idle in chats.Where(c => c.Value.IsIdle(now)).Select(c => c.Key).ToList())
            {
                chats.Remove(idle);
            }
        }

        chat = new ChatPace(
            new TokenBucket(limits.PerChatPerSecond, limits.PerChatBurst, clock),
            new SlidingWindow(limits.PerGroupPerMinute, TimeSpan.FromMinutes(1), clock));
        chats[chatId] = chat;
        return chat;
    }

    /// <summary>The pacing state of one chat.</summary>
    private sealed class ChatPace(TokenBucket bucket, SlidingWindow window)
    {
        public TokenBucket Bucket { get; } = bucket;

        public SlidingWindow Window { get; } = window;

        public DateTimeOffset PausedUntil { get; set; }

        public bool IsIdle(DateTimeOffset now) => PausedUntil <= now && Bucket.IsFull() && Window.IsIdle();
    }
}
