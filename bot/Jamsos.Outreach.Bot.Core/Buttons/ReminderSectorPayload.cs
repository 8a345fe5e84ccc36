using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>The sector chosen in the reminder dialogue (it decides the discount of each month).</summary>
public sealed record ReminderSectorPayload(Sector Sector) : ReminderPayload;
