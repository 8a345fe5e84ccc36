using System.CommandLine;
using Jamsos.Outreach.Bot.Core.Staff;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary><c>stats</c>: sign-ups by day, region, occupation, channel and referrer; feedback; unanswered questions by intent.</summary>
internal sealed class StatsCommand(CliContext context)
    : StaffCommand("stats", "Sign-ups by day, region, occupation, channel, referrer; feedback; unanswered questions by intent", context)
{
    protected override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken stop)
    {
        var text = StaffReports.Stats(
            await services.GetRequiredService<ISignUpStore>().ListAsync(cancellationToken: stop).ConfigureAwait(false),
            await services.GetRequiredService<IFeedbackStore>().ListAsync(cancellationToken: stop).ConfigureAwait(false),
            await services.GetRequiredService<IUnansweredStore>().ListAsync(cancellationToken: stop).ConfigureAwait(false));
        await Context.Output.WriteAsync(text).ConfigureAwait(false);
        return CliContext.ExitOk;
    }
}
