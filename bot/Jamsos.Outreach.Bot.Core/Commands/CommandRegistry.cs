using Jamsos.Outreach.Bot.Core.Conversations;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>Every registered command by name; an unknown name gets a pointer to /bantuan.</summary>
public sealed class CommandRegistry
{
    private readonly Dictionary<string, ICommand> byName = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">Two commands claim the same name (caught at start-up, not in a chat).</exception>
    public CommandRegistry(IEnumerable<ICommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        foreach (var command in commands)
        {
            foreach (var name in command.Names)
            {
                byName.Add(name, command);
            }
        }
    }

    public IReadOnlyCollection<string> Names => byName.Keys;

    public Task<TurnResult> ExecuteAsync(Turn turn, string name, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return byName.TryGetValue(name, out var command)
            ? command.ExecuteAsync(turn, argument, cancellationToken)
            : Task.FromResult(new TurnResult(Reply.Of(UnknownCommand(turn.Language)), turn.State));
    }
}
