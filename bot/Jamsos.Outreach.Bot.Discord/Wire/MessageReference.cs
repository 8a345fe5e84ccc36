namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>A reply's target. Sent with <see cref="FailIfNotExists"/> false, so a deleted question still gets its answer.</summary>
internal sealed record MessageReference
{
    public string? MessageId { get; init; }

    public string? ChannelId { get; init; }

    public string? GuildId { get; init; }

    public bool? FailIfNotExists { get; init; }
}
