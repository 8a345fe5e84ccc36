using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// The /pengingat dialogue so far: the day, the sector and the income band's lower bound. <see cref="ChangingDay"/>:
/// only the day of an existing reminder is being changed ("Ubah tanggal").
/// </summary>
public sealed record ReminderDraft(ReminderStep Step, int? Day = null, Sector? Sector = null, decimal? IncomeFrom = null, bool ChangingDay = false);
