namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>The bot's own membership changed: a user blocked it ("kicked") or unblocked it ("member").</summary>
internal sealed class ChatMemberUpdated
{
    public Chat Chat { get; init; } = new();

    public User? From { get; init; }

    public long Date { get; init; }

    public ChatMember? OldChatMember { get; init; }

    public ChatMember? NewChatMember { get; init; }
}
