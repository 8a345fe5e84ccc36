namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>
/// A message (MESSAGE_CREATE and REST responses). <see cref="GuildId"/> is absent in DMs; content is
/// empty for other people's guild messages unless the MESSAGE_CONTENT intent is granted.
/// </summary>
internal sealed record DiscordMessage
{
    public string Id { get; init; } = string.Empty;

    public string ChannelId { get; init; } = string.Empty;

    public string? GuildId { get; init; }

    public DiscordUser? Author { get; init; }

    public string? Content { get; init; }

    public int Type { get; init; }

    public int? ChannelType { get; init; }

    public string? WebhookId { get; init; }

    public IReadOnlyList<DiscordUser>? Mentions { get; init; }

    public MessageReference? MessageReference { get; init; }

    public DiscordMessage? ReferencedMessage { get; init; }

    public MessageInteractionMetadata? InteractionMetadata { get; init; }
}
