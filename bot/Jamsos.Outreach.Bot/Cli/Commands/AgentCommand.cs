using System.CommandLine;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary><c>agent add|list|flyer|stats</c>: the Perisai agent kit (issue 16). Each sub-verb is a class of its own.</summary>
internal sealed class AgentCommand : Command
{
    public AgentCommand(CliContext context)
        : base("agent", "Perisai agents: referral codes, printable flyers, sign-ups per agent")
    {
        Subcommands.Add(new AgentAddCommand(context));
        Subcommands.Add(new AgentListCommand(context));
        Subcommands.Add(new AgentFlyerCommand(context));
        Subcommands.Add(new AgentStatsCommand(context));
    }
}
