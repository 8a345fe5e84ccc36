namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>"Ubah tanggal": asks the pay day again.</summary>
public sealed record ReminderChangeDayPayload : ReminderPayload;
