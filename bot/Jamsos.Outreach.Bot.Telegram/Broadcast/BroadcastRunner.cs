using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jamsos.Outreach.Bot.Channels.Telegram.Formatting;
using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Jamsos.Outreach.Bot.Channels.Telegram.Sending;
using Jamsos.Outreach.Bot.Channels.Telegram.Storage;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Broadcast;

/// <summary>
/// Sends a staff text to everyone who opted in to news on Telegram, within the sending limits (the
/// <see cref="TelegramSender"/> paces it at 30 a second overall), resumable after a crash.
/// </summary>
/// <remarks>
/// No one gets it twice: each recipient is marked 'sending' in SQLite (committed) before the send and
/// 'sent', 'blocked', 'failed' or 'unknown' after. Running the same text again resumes the same
/// broadcast (its id is a hash of the text unless --id names it): recipients left in 'sending' by a
/// crash become 'unknown' and are skipped, like sends whose outcome the network left unknown, and only
/// 'pending' ones are sent. Stopping (Ctrl+C) lets the sends in flight finish and takes no new ones.
/// Only the holder of the broadcast's lease (<see cref="BroadcastLease"/>) sends it: another instance or
/// run that starts the same broadcast meanwhile is refused (<see cref="BroadcastBusyException"/>), and
/// recipients left 'sending' are only settled to 'unknown' by the run that holds the lease.
/// </remarks>
internal sealed class BroadcastRunner
{
    private const int Workers = 8;

    private readonly TelegramSender sender;
    private readonly TelegramChats chats;
    private readonly ISignUpStore signUps;
    private readonly IBroadcastStore store;
    private readonly TelegramOptions options;
    private readonly TimeProvider clock;

    public BroadcastRunner(TelegramSender sender, TelegramChats chats, ISignUpStore signUps, IBroadcastStore store, TelegramOptions options, TimeProvider clock)
    {
        this.sender = sender;
        this.chats = chats;
        this.signUps = signUps;
        this.store = store;
        this.options = options;
        this.clock = clock;
    }

    /// <summary>This process's name as a lease holder: host, process id and a random part (a restarted process is a new holder).</summary>
    public string Holder { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>The default broadcast id: the same text resumes the same broadcast.</summary>
    public static string IdOf(string text) => "b-" + Sha256(text)[..16];

    public static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text ?? string.Empty)));

    /// <summary>The text as the messages each recipient gets (plain text, escaped, split if long).</summary>
    public static IReadOnlyList<OutgoingMessage> Render(string text) =>
        TelegramReplyRenderer.Render(Reply.Of(text), privateChat: true, removeReplyKeyboard: false);

    /// <summary>Recipients now: news subscribers who signed up on Telegram, one per chat.</summary>
    public async Task<IReadOnlyList<string>> RecipientsAsync(CancellationToken cancellationToken)
    {
        var subscribers = await signUps.ListNewsSubscribersAsync(cancellationToken).ConfigureAwait(false);
        return subscribers.Where(s => s.Channel == UpdateMapper.Channel).Select(s => s.ChatId).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Runs (or resumes) the broadcast. <paramref name="stop"/> ends it early: sends in flight finish and
    /// are recorded, the rest stay pending for the next run.
    /// </summary>
    public async Task<BroadcastSummary> RunAsync(string id, string text, BroadcastProgress? progress, CancellationToken stop)
    {
        var messages = Render(text);
        if (messages.Count == 0)
        {
            throw new InvalidOperationException("The broadcast text is empty.");
        }

        await chats.LoadAsync(CancellationToken.None).ConfigureAwait(false);
        await store.CreateAsync(id, UpdateMapper.Channel, Sha256(text), await RecipientsAsync(CancellationToken.None).ConfigureAwait(false), CancellationToken.None).ConfigureAwait(false);
        var lease = await BroadcastLease.TryTakeAsync(store, id, Holder, options.BroadcastLease, clock, CancellationToken.None).ConfigureAwait(false)
            ?? throw BroadcastBusyException.For(id, options.BroadcastLease);
        await using (lease.ConfigureAwait(false))
        {
            return await SendAllAsync(lease, messages, progress, stop).ConfigureAwait(false);
        }
    }

    /// <summary>Sends to every pending recipient while the lease is held and no stop was asked for.</summary>
    private async Task<BroadcastSummary> SendAllAsync(BroadcastLease lease, IReadOnlyList<OutgoingMessage> messages, BroadcastProgress? progress, CancellationToken stop)
    {
        var id = lease.Id;

        // Only now, holding the lease: a 'sending' left by a run that still held it would be in flight, not interrupted.
        await store.SettleInterruptedAsync(id, CancellationToken.None).ConfigureAwait(false);
        var queue = new ConcurrentQueue<string>(await store.PendingAsync(id, CancellationToken.None).ConfigureAwait(false));
        var summary = await store.SummaryAsync(id, CancellationToken.None).ConfigureAwait(false);
        var counts = new Counts(summary);
        progress?.Report(summary);

        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && lease.IsHeld && queue.TryDequeue(out var chat))
            {
                var status = await SendOneAsync(id, chat, messages).ConfigureAwait(false);
                progress?.Report(counts.Record(status));
            }
        }, CancellationToken.None));
        await Task.WhenAll(workers).ConfigureAwait(false);

        summary = await store.SummaryAsync(id, CancellationToken.None).ConfigureAwait(false);
        if (summary.Pending == 0)
        {
            await store.FinishAsync(id, CancellationToken.None).ConfigureAwait(false);
        }

        progress?.Report(summary, final: true);
        return summary;
    }

    /// <summary>One recipient: 'sending' committed, the parts sent in order, the outcome committed. Sends are never cancelled midway.</summary>
    private async Task<RecipientStatus> SendOneAsync(string id, string chat, IReadOnlyList<OutgoingMessage> messages)
    {
        if (!long.TryParse(chat, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            await store.SetAsync(id, chat, RecipientStatus.Failed, CancellationToken.None).ConfigureAwait(false);
            return RecipientStatus.Failed;
        }

        if (chats.IsBlocked(chats.Resolve(chatId)))
        {
            await store.SetAsync(id, chat, RecipientStatus.Blocked, CancellationToken.None).ConfigureAwait(false);
            return RecipientStatus.Blocked;
        }

        await store.SetAsync(id, chat, RecipientStatus.Sending, CancellationToken.None).ConfigureAwait(false);
        var status = RecipientStatus.Sent;
        foreach (var message in messages)
        {
            var result = await sender.SendAsync(chatId, chatId < 0, message, CancellationToken.None).ConfigureAwait(false);
            status = result.Outcome switch
            {
                SendOutcome.Sent => RecipientStatus.Sent,
                SendOutcome.Blocked => RecipientStatus.Blocked,
                SendOutcome.Failed => RecipientStatus.Failed,
                _ => RecipientStatus.Unknown,
            };
            if (status != RecipientStatus.Sent)
            {
                break;
            }
        }

        await store.SetAsync(id, chat, status, CancellationToken.None).ConfigureAwait(false);
        return status;
    }

    /// <summary>Live counts for the progress bar, updated by the workers.</summary>
    private sealed class Counts(BroadcastSummary start)
    {
        private readonly Lock gate = new();
        private BroadcastSummary current = start;

        public BroadcastSummary Record(RecipientStatus status)
        {
            lock (gate)
            {
                current = status switch
                {
                    RecipientStatus.Sent => current with { Pending = current.Pending - 1, Sent = current.Sent + 1 },
                    RecipientStatus.Blocked => current with { Pending = current.Pending - 1, Blocked = current.Blocked + 1 },
                    RecipientStatus.Failed => current with { Pending = current.Pending - 1, Failed = current.Failed + 1 },
                    _ => current with { Pending = current.Pending - 1, Unknown = current.Unknown + 1 },
                };
                return current;
            }
        }
    }
}
