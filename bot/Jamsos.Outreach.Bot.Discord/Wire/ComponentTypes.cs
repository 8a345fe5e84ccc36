namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

internal static class ComponentTypes
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int StringSelect = 3;
    public const int TextInput = 4;
    public const int Label = 18;
    public const int RadioGroup = 21;
    public const int CheckboxGroup = 22;
    public const int Checkbox = 23;
}
