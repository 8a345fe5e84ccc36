namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>A guild member; <see cref="User"/> is present in interactions and absent in MESSAGE_CREATE.</summary>
internal sealed record GuildMember
{
    public DiscordUser? User { get; init; }
}
