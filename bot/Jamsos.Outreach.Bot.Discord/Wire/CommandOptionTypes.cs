namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

internal static class CommandOptionTypes
{
    public const int String = 3;
    public const int Integer = 4;
}
