using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// A monthly payment reminder (/pengingat), kept minimal: the chat it goes to, the day of the month the
/// person usually pays (1-28), the sector and the lower bound of their income band (never the exact
/// income), the language, the consent given (text version and time), the next pay date with the moment its
/// reminder is due, and two counters: reminders sent since the last "Sudah bayar" press, and lapse warnings
/// sent. No NIK, name or phone. <see cref="Referrer"/> is the agent code of the chat, for the agent report.
/// </summary>
public sealed record PaymentReminder(
    ChatKey Chat,
    string UserId,
    int Day,
    Sector Sector,
    decimal IncomeFrom,
    string Language,
    string ConsentVersion,
    DateTimeOffset ConsentAt,
    DateOnly NextPayDate,
    DateTimeOffset NextSendAt,
    int Unconfirmed,
    int LapseWarnings,
    string? Referrer,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
