using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// What the bot remembers about one chat between messages: the dialogue in progress, the language
/// chosen, the referral code it arrived with, the last answer (for "Membantu?" feedback), and the
/// sector and income the person mentioned (so "kalo 3 juta?" after an ojol answer stays an ojol answer).
/// Stored as JSON by <see cref="Storage.IConversationStore"/>; expires after 24 hours of silence.
/// </summary>
public sealed record ConversationState(
    ChatKey Chat,
    string UserId,
    DateTimeOffset UpdatedAt,
    Flow Flow = Flow.None,
    SignUpDraft? SignUp = null,
    CalculatorDraft? Calculator = null,
    string? Language = null,
    string? Referrer = null,
    string? LastEntryId = null,
    string? LastIntent = null,
    Sector? Sector = null,
    decimal? Income = null,
    ReminderDraft? Reminder = null);
