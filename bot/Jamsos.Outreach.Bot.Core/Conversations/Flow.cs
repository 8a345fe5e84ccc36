namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>The dialogue a chat is in, if any.</summary>
public enum Flow
{
    None,
    SignUp,
    Calculator,
    Reminder,
}
