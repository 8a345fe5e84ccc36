using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>What a whole submitted form decided: the result for the channel and the state to keep.</summary>
public sealed record SignUpFormOutcome(SignUpFormResult Result, ConversationState Next);
