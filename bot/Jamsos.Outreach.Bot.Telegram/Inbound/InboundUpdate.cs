using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Inbound;

/// <summary>
/// An update mapped for the channel. <see cref="Message"/> goes to the engine (null for updates that are
/// only acted on here); <see cref="UserId"/> is where private replies go.
/// </summary>
internal sealed record InboundUpdate(
    InboundKind Kind,
    long ChatId,
    long UserId = 0,
    bool IsGroup = false,
    IncomingMessage? Message = null,
    InboundCallback? Callback = null,
    long? MigrateToChatId = null,
    bool Blocked = false,
    string? Reason = null)
{
    public static InboundUpdate Ignore(string reason, long chatId = 0) => new(InboundKind.Ignored, chatId, Reason: reason);
}
