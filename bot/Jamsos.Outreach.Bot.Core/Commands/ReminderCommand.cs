using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>
/// /pengingat (/reminder): sets up the monthly payment reminder, or shows the one that is on;
/// "/pengingat stop" (berhenti, off) ends it. Also "ingatkan saya bayar iuran" in free text (<see cref="FreeTextCommands"/>).
/// </summary>
public sealed class ReminderCommand : ICommand
{
    public const string Name = "pengingat";

    private static readonly string[] StopWords = ["stop", "berhenti", "off", "hentikan", "batal"];

    private readonly ReminderTurns reminders;

    public ReminderCommand(ReminderTurns reminders)
    {
        this.reminders = reminders;
    }

    public IReadOnlyList<string> Names { get; } = [Name, "reminder"];

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var stop = StopWords.Contains(argument?.Trim().ToLowerInvariant() ?? string.Empty, StringComparer.Ordinal);
        return stop ? reminders.StopAsync(turn, cancellationToken) : reminders.StartAsync(turn, cancellationToken);
    }
}
