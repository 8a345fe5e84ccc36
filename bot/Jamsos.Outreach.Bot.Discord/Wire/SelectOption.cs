namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

internal sealed record SelectOption(string Label, string Value)
{
    public string? Description { get; init; }
}
