using System.Collections.Concurrent;
using System.Globalization;
using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Storage;

/// <summary>
/// Which chats can be reached and under which id: blocked chats (403, or "kicked" in my_chat_member)
/// get nothing until the person writes again, and a group that became a supergroup is followed to its
/// new id, conversation state included. Kept in memory (every send asks) and written through to SQLite,
/// so it survives a restart.
/// </summary>
internal sealed class TelegramChats
{
    private const string Channel = UpdateMapper.Channel;

    private readonly IChatStatusStore store;
    private readonly IConversationStore conversations;
    private readonly ConcurrentDictionary<long, byte> blocked = new();
    private readonly ConcurrentDictionary<long, long> moved = new();
    private volatile bool loaded;

    public TelegramChats(IChatStatusStore store, IConversationStore conversations)
    {
        this.store = store;
        this.conversations = conversations;
    }

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        if (loaded)
        {
            return;
        }

        foreach (var record in await store.ListAsync(Channel, cancellationToken).ConfigureAwait(false))
        {
            if (record.Status == ChatStatus.Blocked)
            {
                blocked[record.ChatId] = 0;
            }
            else if (record is { Status: ChatStatus.Migrated, MovedTo: { } to })
            {
                moved[record.ChatId] = to;
            }
        }

        loaded = true;
    }

    /// <summary>The id to send to: the chat's current id after any migrations.</summary>
    public long Resolve(long chatId)
    {
        // A migration happens once per group; the hop limit only guards against a bad row making a loop.
        for (var hops = 0; hops < 8 && moved.TryGetValue(chatId, out var next); hops++)
        {
            chatId = next;
        }

        return chatId;
    }

    public bool IsBlocked(long chatId) => blocked.ContainsKey(chatId);

    public async Task MarkBlockedAsync(long chatId, CancellationToken cancellationToken = default)
    {
        if (blocked.TryAdd(chatId, 0))
        {
            await store.SetAsync(Channel, new ChatStatusRecord(chatId, ChatStatus.Blocked, null), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task MarkActiveAsync(long chatId, CancellationToken cancellationToken = default)
    {
        if (blocked.TryRemove(chatId, out _))
        {
            await store.SetAsync(Channel, new ChatStatusRecord(chatId, ChatStatus.Active, null), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records that <paramref name="from"/> is now <paramref name="to"/> and moves its conversation state.</summary>
    public async Task MigrateAsync(long from, long to, CancellationToken cancellationToken = default)
    {
        if (from == to || (moved.TryGetValue(from, out var known) && known == to))
        {
            return;
        }

        moved[from] = to;
        await store.SetAsync(Channel, new ChatStatusRecord(from, ChatStatus.Migrated, to), cancellationToken).ConfigureAwait(false);
        var oldKey = new ChatKey(Channel, from.ToString(CultureInfo.InvariantCulture));
        if (await conversations.GetAsync(oldKey, cancellationToken).ConfigureAwait(false) is { } state)
        {
            await conversations.SaveAsync(state with { Chat = new ChatKey(Channel, to.ToString(CultureInfo.InvariantCulture)) }, cancellationToken).ConfigureAwait(false);
            await conversations.DeleteAsync(oldKey, cancellationToken).ConfigureAwait(false);
        }
    }
}
