namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// In a group the bot answers only commands, its own buttons, and messages addressed to it (a mention or a
/// reply): people talking to each other are left alone, and their chatter is never read into a form.
/// </summary>
public static class GroupFilter
{
    public static bool Admits(IncomingMessage message, SlashCommand? command)
    {
        ArgumentNullException.ThrowIfNull(message);
        return !message.IsGroup || command is not null || message.Payload is not null || message.AddressedToBot;
    }
}
