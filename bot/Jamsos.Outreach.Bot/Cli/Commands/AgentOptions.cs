using System.CommandLine;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>The options more than one <c>agent</c> verb takes, each made fresh for the command that adds it.</summary>
internal static class AgentOptions
{
    public static Option<string?> Bot() => new("--bot")
    {
        Description = "The Telegram bot's username for the deep link (default: Telegram__BotUsername)",
        HelpName = "USERNAME",
    };

    public static Option<string> Code() => new("--code")
    {
        Description = "The agent's referral code (see agent list)",
        HelpName = "CODE",
        Required = true,
    };

    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace the --output file when it exists",
    };
}
