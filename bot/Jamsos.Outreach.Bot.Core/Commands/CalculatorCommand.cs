using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/iuran: starts the contribution calculator.</summary>
public sealed class CalculatorCommand : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["iuran"];

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (reply, next) = CalculatorDialogue.Start(turn.State, turn.Language);
        return Task.FromResult(new TurnResult(reply, next));
    }
}
