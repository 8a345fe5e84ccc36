namespace Jamsos.Outreach.Bot.Channels.Telegram.Inbound;

/// <summary>
/// A button press as the channel needs it: the query to answer and, when the message with the button is
/// still accessible, its id, text and the pressed button's label (to mark the choice on it).
/// </summary>
internal sealed record InboundCallback(string QueryId, long? MessageId, string? MessageText, string? PressedLabel);
