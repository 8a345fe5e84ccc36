using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Staff;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Core.Commands.Staff;

/// <summary>/stats: sign-ups by day, region, occupation, channel and referrer; answer feedback; unanswered questions.</summary>
public sealed class StatsCommand : StaffCommand
{
    private readonly ISignUpStore signUps;
    private readonly IFeedbackStore feedback;
    private readonly IUnansweredStore unanswered;

    public StatsCommand(BotOptions options, ISignUpStore signUps, IFeedbackStore feedback, IUnansweredStore unanswered)
        : base(options, "stats")
    {
        this.signUps = signUps;
        this.feedback = feedback;
        this.unanswered = unanswered;
    }

    protected override async Task<TurnResult> ExecuteForStaffAsync(Turn turn, CancellationToken cancellationToken)
    {
        var everyone = await signUps.ListAsync(null, null, cancellationToken).ConfigureAwait(false);
        var votes = await feedback.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var open = await unanswered.ListAsync(null, cancellationToken).ConfigureAwait(false);
        return new TurnResult(Reply.Of(StaffReports.Stats(everyone, votes, open)) with { Private = true }, turn.State);
    }
}
