namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>A member of a chat; only the status matters here ("member", "kicked", "left", …).</summary>
internal sealed class ChatMember
{
    public string Status { get; init; } = string.Empty;

    public User? User { get; init; }
}
