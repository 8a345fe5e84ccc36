namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>
/// An interaction (INTERACTION_CREATE): a slash command, a button click or a modal submit. The invoker is
/// <c>member.user</c> in guilds and <c>user</c> in DMs. <see cref="Token"/> is a secret valid for 15 minutes.
/// </summary>
internal sealed record Interaction
{
    public string Id { get; init; } = string.Empty;

    public string ApplicationId { get; init; } = string.Empty;

    public int Type { get; init; }

    public string Token { get; init; } = string.Empty;

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public GuildMember? Member { get; init; }

    public DiscordUser? User { get; init; }

    public InteractionData? Data { get; init; }

    public DiscordMessage? Message { get; init; }

    public string? Locale { get; init; }

    public DiscordUser? Invoker => Member?.User ?? User;

    public bool InGuild => GuildId is not null;
}
