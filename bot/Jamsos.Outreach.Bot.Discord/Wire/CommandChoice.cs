namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

internal sealed record CommandChoice(string Name, string Value)
{
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
}
