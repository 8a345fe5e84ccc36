namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>A chat. Group and supergroup ids are negative (supergroups look like -100…).</summary>
internal sealed class Chat
{
    public long Id { get; init; }

    /// <summary>"private", "group", "supergroup" or "channel".</summary>
    public string Type { get; init; } = string.Empty;

    public string? Title { get; init; }

    public string? Username { get; init; }

    public bool IsPrivate => Type == "private";

    public bool IsGroup => Type is "group" or "supergroup";
}
