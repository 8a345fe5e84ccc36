namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>The answer to the reminder's summary with its consent: agree and start, or not.</summary>
public sealed record ReminderConsentPayload(bool Agreed) : ReminderPayload;
