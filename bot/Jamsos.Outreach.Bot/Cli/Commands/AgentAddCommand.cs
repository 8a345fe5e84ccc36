using System.CommandLine;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Staff;
using Jamsos.Outreach.Bot.Staff.Agents;
using Jamsos.Outreach.Bot.Staff.Flyer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// <c>agent add --name NAME --region REGION [--bot USERNAME]</c>: stores a Perisai agent under a new short
/// referral code and prints the code, and the bot's deep link when the bot's username is known.
/// </summary>
internal sealed class AgentAddCommand : StaffCommand
{
    /// <summary>A code drawn by another staff member at the same moment: draw again, a few times at most.</summary>
    private const int MaxAttempts = 5;

    private const int MaxRegionLength = 80;

    private readonly Option<string> name = new("--name")
    {
        Description = "The agent's name as it is printed on their flyer",
        HelpName = "NAME",
        Required = true,
    };

    private readonly Option<string> region = new("--region")
    {
        Description = "Where the agent works (e.g. \"Kota Serang\")",
        HelpName = "REGION",
        Required = true,
    };

    private readonly Option<string?> bot = AgentOptions.Bot();

    private readonly ReferralCodeGenerator codes = new();

    public AgentAddCommand(CliContext context)
        : base("add", "Adds a Perisai agent and prints their new referral code and deep link", context)
    {
        Options.Add(name);
        Options.Add(region);
        Options.Add(bot);
    }

    protected override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken stop)
    {
        var agentName = TextTable.Safe(parse.GetValue(name) ?? string.Empty).Trim();
        var agentRegion = TextTable.Safe(parse.GetValue(region) ?? string.Empty).Trim();
        var username = BotLinks.BotUsername(parse.GetValue(bot), services.GetRequiredService<IConfiguration>());
        if (Problem(agentName, agentRegion, username) is { } problem)
        {
            await Context.Error.WriteLineAsync(problem).ConfigureAwait(false);
            return CliContext.ExitUsage;
        }

        var store = services.GetRequiredService<IAgentStore>();
        var taken = (await store.ListAsync(stop).ConfigureAwait(false)).Select(a => a.Code).ToList();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var agent = new Agent(codes.Next(taken), agentName, agentRegion, Context.Clock.GetUtcNow());
            if (await store.AddAsync(agent, stop).ConfigureAwait(false))
            {
                await Context.Output.WriteLineAsync($"Added agent {agent.Name} ({agent.Region}).").ConfigureAwait(false);
                await Context.Output.WriteLineAsync($"Referral code: {agent.Code}").ConfigureAwait(false);
                await Context.Output.WriteLineAsync(username is null
                    ? "Deep link: unknown until the bot's username is set (Telegram__BotUsername or --bot)."
                    : "Deep link: " + BotLinks.DeepLink(username, agent.Code)).ConfigureAwait(false);
                return CliContext.ExitOk;
            }

            taken.Add(agent.Code);
        }

        await Context.Error.WriteLineAsync($"No free referral code after {MaxAttempts} attempts; nothing was added. Try again.").ConfigureAwait(false);
        return CliContext.ExitFailed;
    }

    private static string? Problem(string agentName, string agentRegion, string? username)
    {
        if (agentName.Length is 0 or > FlyerRequest.MaxAgentNameLength)
        {
            return $"--name must be 1 to {FlyerRequest.MaxAgentNameLength} characters (it is printed on the flyer).";
        }

        if (agentRegion.Length is 0 or > MaxRegionLength)
        {
            return $"--region must be 1 to {MaxRegionLength} characters.";
        }

        return username is not null && !BotLinks.IsUsername(username) ? $"'{username}' is not a Telegram bot username." : null;
    }
}
