using Jamsos.Outreach.Bot.Core.SignUps;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// A message as every channel hands it to the engine. <see cref="Payload"/> is a pressed button's data
/// (null for typed text); <see cref="AddressedToBot"/> is true for a mention of the bot or a reply to it
/// (in groups only those, commands and buttons are answered); <see cref="SharedPhone"/> is a phone number
/// the platform shared on the person's request (Telegram's contact button); <see cref="ChannelContact"/> is
/// how the channel itself can reach the person, offered first when the sign-up asks how to be contacted
/// (so the dialogue never needs to know channel names).
/// </summary>
public sealed record IncomingMessage(
    string Channel,
    string ChatId,
    string UserId,
    string? Text,
    DateTimeOffset ReceivedAt,
    string? Payload = null,
    string? LanguageHint = null,
    bool IsGroup = false,
    bool AddressedToBot = false,
    string? SharedPhone = null,
    ContactMethod ChannelContact = ContactMethod.Telegram)
{
    public ChatKey Chat => new(Channel, ChatId);
}
