namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>A button of the payment reminder: its dialogue (/pengingat) or a reminder message.</summary>
public abstract record ReminderPayload : Payload;
