using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.SignUps;

namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Everything kept about one person (the right of access, UU PDP 27/2022, the /datasaya command): the
/// sign-ups made from their channel user with every field (consent version and time, referral included),
/// how many feedback votes they gave, the questions kept for the editors (masked text and date), and their
/// payment reminders (/pengingat).
/// </summary>
public sealed record PersonalDataReport(IReadOnlyList<SignUp> SignUps, int FeedbackVotes, IReadOnlyList<UnansweredQuestion> Questions, IReadOnlyList<PaymentReminder>? Reminders = null)
{
    public IReadOnlyList<PaymentReminder> ReminderList => Reminders ?? [];

    public bool IsEmpty => SignUps.Count == 0 && FeedbackVotes == 0 && Questions.Count == 0 && ReminderList.Count == 0;
}
