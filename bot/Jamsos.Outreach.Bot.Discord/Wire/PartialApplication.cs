namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

internal sealed record PartialApplication
{
    public string? Id { get; init; }
}
