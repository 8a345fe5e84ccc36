namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// What a reply asks the person to type next, so a channel can offer the right input: Telegram a
/// "share my number" keyboard for <see cref="Phone"/>, Discord a modal field.
/// </summary>
public enum InputKind
{
    None,
    FreeText,
    Name,
    Phone,
    Number,
}
