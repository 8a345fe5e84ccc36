using System.Text;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Staff;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Core.Commands.Staff;

/// <summary>/export: every sign-up as a CSV file, sent privately.</summary>
public sealed class ExportCommand : StaffCommand
{
    private readonly ISignUpStore signUps;

    public ExportCommand(BotOptions options, ISignUpStore signUps)
        : base(options, "export")
    {
        this.signUps = signUps;
    }

    protected override async Task<TurnResult> ExecuteForStaffAsync(Turn turn, CancellationToken cancellationToken)
    {
        var all = await signUps.ListAsync(null, null, cancellationToken).ConfigureAwait(false);
        var csv = Encoding.UTF8.GetBytes(StaffReports.Csv(all));
        var name = $"signups-{turn.Today:yyyy-MM-dd}.csv";
        return new TurnResult(new Reply(RichText.From($"Export: {all.Count} sign-up(s)."), [], Attachment: new Attachment(name, "text/csv", csv), Private: true), turn.State);
    }
}
