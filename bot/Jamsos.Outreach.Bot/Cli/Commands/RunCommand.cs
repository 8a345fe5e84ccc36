using System.CommandLine;
using Jamsos.Outreach.Bot.Channels.Discord;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// <c>run [--terminal]</c>, also what the bot does with no verb at all. Runs the bot on the SQLite file
/// from Storage:ConnectionString: Telegram when Telegram:Token is set (polling or webhook, Telegram:Mode),
/// Discord when Discord:Token is set, and the terminal chat when no platform token is configured or with
/// --terminal (which keeps Telegram running beside it, and runs instead of Discord). Graceful shutdown on
/// Ctrl+C or end of input; exit code 3 when a channel stops for good (a configuration error, a refused
/// token, another instance polling with the same token).
/// </summary>
internal sealed class RunCommand : CliCommand
{
    private readonly Option<bool> terminal = new("--terminal")
    {
        Description = "Chat in this terminal even when a Telegram or Discord token is set (Telegram keeps running beside it)",
    };

    public RunCommand(CliContext context)
        : base("run", "Starts the bot: a chat in this terminal when no Telegram or Discord token is configured (the default verb)", context)
    {
        Options.Add(terminal);
    }

    /// <summary>Makes the bare command line (no verb, or only <c>--terminal</c>) run the bot, as the README's first command does.</summary>
    public void ServeAsDefaultOf(RootCommand root)
    {
        root.Options.Add(terminal);
        root.SetAction(RunAsync);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken stop)
    {
        var forceTerminal = parse.GetValue(terminal);
        var builder = Context.CreateHostBuilder();
        var telegram = BotHost.HasTelegramToken(builder.Configuration);
        var chatHere = forceTerminal || BotHost.HasNoPlatformTokens(builder.Configuration);
        var discord = !forceTerminal && DiscordRegistration.IsConfigured(builder.Configuration);
        if (telegram)
        {
            builder.Services.AddTelegramChannel(builder.Configuration);
        }

        if (chatHere)
        {
            builder.Services.AddTerminalChannel(Context.Input, Context.Output);
        }

        if (discord)
        {
            builder.Services.AddDiscordChannel(builder.Configuration);
        }

        using var host = builder.Build();
        await host.Services.GetRequiredService<IStorageCheck>().CheckAsync(stop).ConfigureAwait(false);

        // Read before running: RunAsync disposes the host and its services when it ends.
        var discordStatus = host.Services.GetService<DiscordChannelStatus>();
        var telegramHealth = host.Services.GetService<TelegramHealth>();
        await host.RunAsync(stop).ConfigureAwait(false);

        var fatal = discordStatus?.FatalError ?? telegramHealth?.Fatal;
        if (fatal is not null)
        {
            await Context.Error.WriteLineAsync(fatal).ConfigureAwait(false);
            return CliContext.ExitStopped;
        }

        return CliContext.ExitOk;
    }
}
