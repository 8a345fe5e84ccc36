using System.CommandLine;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Staff.Agents;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// <c>agent stats</c>: per agent, the sign-ups credited to their code (and the latest), and the questions
/// the bot could not answer in chats opened through their link (recorded since the agent kit; older
/// questions carry no code). Then the sign-ups without an agent, and codes no agent has (an old or
/// mistyped link). Per agent also the payment reminders active in chats opened through their link, and the
/// lapse warnings those reminders sent.
/// </summary>
internal sealed class AgentStatsCommand(CliContext context)
    : StaffCommand("stats", "Sign-ups and unanswered questions per agent", context)
{
    protected override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken stop)
    {
        var agents = await services.GetRequiredService<IAgentStore>().ListAsync(stop).ConfigureAwait(false);
        var signUps = await services.GetRequiredService<ISignUpStore>().ListAsync(cancellationToken: stop).ConfigureAwait(false);
        var unanswered = await services.GetRequiredService<IUnansweredStore>().ListAsync(cancellationToken: stop).ConfigureAwait(false);
        var reminders = await services.GetRequiredService<IReminderStore>().CountsAsync(stop).ConfigureAwait(false);
        var rows = AgentCounts.Rows(agents, signUps, unanswered, reminders)
            .OrderByDescending(r => r.SignUps)
            .ThenBy(r => r.Agent.Code, StringComparer.Ordinal);
        var output = Context.Output;
        if (agents.Count == 0)
        {
            await output.WriteLineAsync("No agents yet. Add one with: agent add --name NAME --region REGION").ConfigureAwait(false);
        }
        else
        {
            await output.WriteAsync(TextTable.Render(
                ["code", "name", "region", "sign-ups", "last sign-up", "unanswered", "reminders", "lapse warnings"],
                rows.Select(r => (IReadOnlyList<string>)[
                    r.Agent.Code, r.Agent.Name, r.Agent.Region, TextTable.Count(r.SignUps),
                    r.LastSignUp is { } last ? AgentListCommand.Day(last) : "-", TextTable.Count(r.UnansweredQuestions),
                    TextTable.Count(r.Reminders), TextTable.Count(r.LapseWarnings)]))).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"\nSign-ups without an agent: {signUps.Count(s => s.Referrer is null)} of {signUps.Count}").ConfigureAwait(false);
        await output.WriteLineAsync($"Payment reminders active: {reminders.Active}, lapse warnings sent: {reminders.LapseWarnings}").ConfigureAwait(false);
        foreach (var (code, count) in AgentCounts.UnknownCodes(agents, signUps))
        {
            await output.WriteLineAsync($"Code {TextTable.Safe(code)} (no such agent): {count} sign-up(s)").ConfigureAwait(false);
        }

        return CliContext.ExitOk;
    }
}
