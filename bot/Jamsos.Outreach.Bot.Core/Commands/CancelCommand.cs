using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/batal (/cancel): drops the form, calculator or reminder dialogue in progress; nothing from it is stored.</summary>
public sealed class CancelCommand : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["batal", "cancel"];

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (state, language) = (turn.State, turn.Language);
        return Task.FromResult(state.Flow == Flow.None
            ? new TurnResult(Reply.Of(NothingToCancel(language)), state)
            : new TurnResult(Reply.Of(Cancelled(language), [new Button(MenuButton(language), new CommandPayload("menu"))]),
                state with { Flow = Flow.None, SignUp = null, Calculator = null, Reminder = null }));
    }
}
