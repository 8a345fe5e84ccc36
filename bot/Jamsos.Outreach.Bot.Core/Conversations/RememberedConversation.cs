namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// A chat as loaded for one turn: what the store held (<see cref="Stored"/>, null for a new chat), the state
/// the turn starts from (a dialogue silent for longer than the timeout is dropped), and the time of the turn.
/// </summary>
public sealed record RememberedConversation(ConversationState? Stored, ConversationState State, bool Expired, DateTimeOffset Now)
{
    /// <summary>An unfinished sign-up was dropped for its age: the reply says so.</summary>
    public bool FormExpired => Expired && Stored?.Flow == Flow.SignUp;
}
