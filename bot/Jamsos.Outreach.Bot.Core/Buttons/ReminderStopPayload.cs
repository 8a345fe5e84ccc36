namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>"Berhenti": ends the reminder.</summary>
public sealed record ReminderStopPayload : ReminderPayload;
