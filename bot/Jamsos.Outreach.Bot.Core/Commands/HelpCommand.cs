using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/bantuan (/help): the list of commands.</summary>
public sealed class HelpCommand : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["bantuan", "help"];

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reply = Reply.Of(Help(turn.Language), [new Button(MenuButton(turn.Language), new CommandPayload("menu"))]);
        return Task.FromResult(new TurnResult(reply, turn.State));
    }
}
