using System.Collections.Concurrent;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Processing;

/// <summary>
/// Chats that currently show our "share my number" reply keyboard, so the next reply removes it (a reply
/// keyboard otherwise stays on screen). In memory: after a restart the worst case is one keyboard the
/// person closes by hand.
/// </summary>
internal sealed class ReplyKeyboardTracker
{
    private readonly ConcurrentDictionary<long, byte> shown = new();

    public bool IsShown(long chatId) => shown.ContainsKey(chatId);

    public void Shown(long chatId) => shown[chatId] = 0;

    public void Removed(long chatId) => shown.TryRemove(chatId, out _);
}
