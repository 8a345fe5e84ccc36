using System.CommandLine;
using System.Globalization;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Staff.Agents;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary><c>agent list</c>: every agent as a table: code, name, region, the day they were added (UTC) and their sign-ups.</summary>
internal sealed class AgentListCommand(CliContext context)
    : StaffCommand("list", "Lists the agents: code, name, region, created (UTC), sign-ups", context)
{
    protected override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken stop)
    {
        var agents = await services.GetRequiredService<IAgentStore>().ListAsync(stop).ConfigureAwait(false);
        if (agents.Count == 0)
        {
            await Context.Output.WriteLineAsync("No agents yet. Add one with: agent add --name NAME --region REGION").ConfigureAwait(false);
            return CliContext.ExitOk;
        }

        var signUps = await services.GetRequiredService<ISignUpStore>().ListAsync(cancellationToken: stop).ConfigureAwait(false);
        var rows = AgentCounts.Rows(agents, signUps, []);
        var table = TextTable.Render(
            ["code", "name", "region", "created", "sign-ups"],
            rows.Select(r => (IReadOnlyList<string>)[r.Agent.Code, r.Agent.Name, r.Agent.Region, Day(r.Agent.CreatedAt), TextTable.Count(r.SignUps)]));
        await Context.Output.WriteAsync(table).ConfigureAwait(false);
        return CliContext.ExitOk;
    }

    internal static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
