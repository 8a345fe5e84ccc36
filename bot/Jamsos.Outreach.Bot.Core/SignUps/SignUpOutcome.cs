using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>
/// What one sign-up step decided, as data: the reply, the next state and, on confirmation, the sign-up to
/// store. The dialogue never writes: the engine stores <see cref="ToStore"/> and then asks
/// <see cref="SignUpDialogue.Thanks"/> for the reply (saved or updated), or keeps the draft when the write fails.
/// </summary>
public sealed record SignUpOutcome(Reply Reply, ConversationState Next, SignUp? ToStore = null);
