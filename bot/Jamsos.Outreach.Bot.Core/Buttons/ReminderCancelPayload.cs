namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>Cancels the reminder dialogue; nothing is stored.</summary>
public sealed record ReminderCancelPayload : ReminderPayload;
