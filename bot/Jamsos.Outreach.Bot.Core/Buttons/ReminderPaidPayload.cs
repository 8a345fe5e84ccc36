namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>"Sudah bayar" under a reminder: the unpaid count starts again.</summary>
public sealed record ReminderPaidPayload : ReminderPayload;
