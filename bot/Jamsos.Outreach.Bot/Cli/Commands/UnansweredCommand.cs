using System.CommandLine;
using Jamsos.Outreach.Bot.Core.Staff;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary><c>unanswered</c>: the questions the bot answered below its confidence threshold, for content editors.</summary>
internal sealed class UnansweredCommand(CliContext context)
    : StaffCommand("unanswered", "The questions below the confidence threshold, for content editors", context)
{
    protected override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken stop)
    {
        var text = StaffReports.Unanswered(await services.GetRequiredService<IUnansweredStore>().ListAsync(cancellationToken: stop).ConfigureAwait(false));
        await Context.Output.WriteAsync(text).ConfigureAwait(false);
        return CliContext.ExitOk;
    }
}
