using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>One message and what is known about its chat: the state loaded, the language, Jakarta's date and the time.</summary>
public sealed record Turn(IncomingMessage Message, ConversationState State, Language Language, DateOnly Today, DateTimeOffset Now);
