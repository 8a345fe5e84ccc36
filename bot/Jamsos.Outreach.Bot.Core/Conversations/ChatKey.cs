namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>A chat on a channel ("telegram", "discord", "terminal").</summary>
public readonly record struct ChatKey(string Channel, string ChatId)
{
    public override string ToString() => Channel + ":" + ChatId;
}
