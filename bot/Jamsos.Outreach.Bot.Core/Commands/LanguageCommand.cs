using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/bahasa (/language): the two languages as buttons.</summary>
public sealed class LanguageCommand : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["bahasa", "language"];

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reply = Reply.Of(ChooseLanguage(turn.Language),
            [new Button("Bahasa Indonesia", new LanguagePayload("id")), new Button("English", new LanguagePayload("en"))]);
        return Task.FromResult(new TurnResult(reply, turn.State));
    }
}
