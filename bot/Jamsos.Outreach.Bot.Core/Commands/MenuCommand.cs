using Jamsos.Outreach.Bot.Core.Conversations;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/menu: the topics as buttons.</summary>
public sealed class MenuCommand : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["menu"];

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Task.FromResult(new TurnResult(new Reply(RichText.From(Menu(turn.Language)), Topics.Menu(turn.Language)), turn.State));
    }
}
