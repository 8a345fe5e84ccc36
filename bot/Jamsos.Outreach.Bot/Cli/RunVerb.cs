using Jamsos.Outreach.Bot.Channels.Discord;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// Runs the bot on the SQLite file from Storage:ConnectionString: Telegram when Telegram:Token is set
/// (polling or webhook, Telegram:Mode), Discord when Discord:Token is set, and the terminal chat when no
/// platform token is configured or with --terminal (which keeps Telegram running beside it, and runs
/// instead of Discord). Graceful shutdown on Ctrl+C or end of input; exit code 3 when a channel stops
/// for good (a configuration error, a refused token, another instance polling with the same token).
/// </summary>
internal static class RunVerb
{
    public static async Task<int> RunAsync(CliArguments args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var builder = BotHost.CreateBuilder([], clock);
        var telegram = BotHost.HasTelegramToken(builder.Configuration);
        var terminal = args.Terminal || BotHost.HasNoPlatformTokens(builder.Configuration);
        var discord = !args.Terminal && DiscordRegistration.IsConfigured(builder.Configuration);
        if (telegram)
        {
            builder.Services.AddTelegramChannel(builder.Configuration);
        }

        if (terminal)
        {
            builder.Services.AddTerminalChannel(input, output);
        }

        if (discord)
        {
            builder.Services.AddDiscordChannel(builder.Configuration);
        }

        using var host = builder.Build();
        await host.Services.GetRequiredService<IStorageCheck>().CheckAsync().ConfigureAwait(false);

        // Read before running: RunAsync disposes the host and its services when it ends.
        var discordStatus = host.Services.GetService<DiscordChannelStatus>();
        var telegramHealth = host.Services.GetService<TelegramHealth>();
        await host.RunAsync().ConfigureAwait(false);

        var fatal = discordStatus?.FatalError ?? telegramHealth?.Fatal;
        if (fatal is not null)
        {
            await error.WriteLineAsync(fatal).ConfigureAwait(false);
            return 3;
        }

        return 0;
    }
}
