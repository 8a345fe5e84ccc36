using System.CommandLine;
using System.Text;
using Jamsos.Outreach.Bot.Core.Staff;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Staff.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// <c>stats [--html FILE [--force]]</c>: sign-ups by day, region, occupation, channel and referrer; feedback;
/// unanswered questions by intent. With --html, the same as one self-contained page of charts
/// (<see cref="StatsReportRenderer"/>: inline SVG, no request leaves the page), written owner-only because
/// it names agents and regions; an existing file is replaced only with --force.
/// </summary>
internal sealed class StatsCommand : StaffCommand
{
    private readonly Option<string?> html = new("--html")
    {
        Description = "Write the report as one self-contained HTML page with charts to this file",
        HelpName = "FILE",
    };

    private readonly Option<bool> force = new("--force")
    {
        Description = "Replace the --html file when it exists",
    };

    public StatsCommand(CliContext context)
        : base("stats", "Sign-ups by day, region, occupation, channel, referrer; feedback; unanswered questions by intent", context)
    {
        Options.Add(html);
        Options.Add(force);
    }

    protected override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken stop)
    {
        var path = parse.GetValue(html);
        if (path is not null && await OwnerOnlyOutput.RefusedAsync(Context, path, parse.GetValue(force)).ConfigureAwait(false))
        {
            return CliContext.ExitUsage;
        }

        var signUps = await services.GetRequiredService<ISignUpStore>().ListAsync(cancellationToken: stop).ConfigureAwait(false);
        var feedback = await services.GetRequiredService<IFeedbackStore>().ListAsync(cancellationToken: stop).ConfigureAwait(false);
        var unanswered = await services.GetRequiredService<IUnansweredStore>().ListAsync(cancellationToken: stop).ConfigureAwait(false);
        var reminders = await services.GetRequiredService<IReminderStore>().CountsAsync(stop).ConfigureAwait(false);
        if (path is null)
        {
            await Context.Output.WriteAsync(StaffReports.Stats(signUps, feedback, unanswered, reminders: reminders)).ConfigureAwait(false);
            return CliContext.ExitOk;
        }

        var agents = await services.GetRequiredService<IAgentStore>().ListAsync(stop).ConfigureAwait(false);
        var report = StatsReportBuilder.Build(signUps, feedback, unanswered, Context.Clock.GetUtcNow(), agents: agents, reminders: reminders);
        var page = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(StatsReportRenderer.Render(report));
        var exit = await OwnerOnlyOutput.WriteAsync(Context, path, page, "report", stop).ConfigureAwait(false);
        if (exit == CliContext.ExitOk)
        {
            await Context.Output.WriteLineAsync($"Report of {signUps.Count} sign-up(s) written to {path}").ConfigureAwait(false);
        }

        return exit;
    }
}
