using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Staff;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Core.Commands.Staff;

/// <summary>/unanswered: the questions below the threshold, grouped by best-guess intent.</summary>
public sealed class UnansweredCommand : StaffCommand
{
    private readonly IUnansweredStore unanswered;

    public UnansweredCommand(BotOptions options, IUnansweredStore unanswered)
        : base(options, "unanswered")
    {
        this.unanswered = unanswered;
    }

    protected override async Task<TurnResult> ExecuteForStaffAsync(Turn turn, CancellationToken cancellationToken)
    {
        var questions = await unanswered.ListAsync(null, cancellationToken).ConfigureAwait(false);
        return new TurnResult(Reply.Of(StaffReports.Unanswered(questions)) with { Private = true }, turn.State);
    }
}
