namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

internal static class ButtonStyles
{
    public const int Primary = 1;
    public const int Secondary = 2;
    public const int Success = 3;
    public const int Danger = 4;
    public const int Link = 5;
}
