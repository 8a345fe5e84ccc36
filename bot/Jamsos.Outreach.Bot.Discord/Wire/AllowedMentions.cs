namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>
/// Which mentions in a message may ping. Always sent with an empty <see cref="Parse"/>: answers and echoed
/// user text may contain "@everyone" or role mentions, and a regular message would otherwise ping them all.
/// </summary>
internal sealed record AllowedMentions
{
    public static readonly AllowedMentions None = new();

    public static readonly AllowedMentions NoneNoReplyPing = new() { RepliedUser = false };

    public IReadOnlyList<string> Parse { get; init; } = [];

    public bool? RepliedUser { get; init; }
}
