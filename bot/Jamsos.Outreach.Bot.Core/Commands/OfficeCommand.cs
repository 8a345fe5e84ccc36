using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/kantor: the offices and contacts entry.</summary>
public sealed class OfficeCommand : ICommand
{
    private readonly AnswerReplies answers;

    public OfficeCommand(AnswerReplies answers)
    {
        this.answers = answers;
    }

    public IReadOnlyList<string> Names { get; } = ["kantor"];

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        Task.FromResult(answers.AnswerEntry(turn, Topics.EntryOf["kantor"]));
}
