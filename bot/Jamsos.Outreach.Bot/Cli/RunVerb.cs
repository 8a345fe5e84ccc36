using Jamsos.Outreach.Bot.Channels.Discord;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// Runs the bot: the terminal chat when no platform token is configured (or with --terminal), and the
/// Discord channel when Discord:Token is set, on the SQLite file from Storage:ConnectionString. Graceful
/// shutdown on Ctrl+C or end of input; exit code 3 when a channel stops on a configuration error.
/// </summary>
internal static class RunVerb
{
    public static async Task<int> RunAsync(CliArguments args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var builder = BotHost.CreateBuilder([], clock);
        var terminal = args.Terminal || BotHost.HasNoPlatformTokens(builder.Configuration);
        var discord = !args.Terminal && DiscordRegistration.IsConfigured(builder.Configuration);
        if (!terminal && !discord)
        {
            await error.WriteLineAsync("A Telegram token is configured, but the Telegram channel is not part of this build yet. Run with --terminal for the terminal chat.").ConfigureAwait(false);
            return 2;
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
        await host.Services.GetRequiredService<SqliteDatabase>().CheckAsync().ConfigureAwait(false);

        // Read before running: RunAsync disposes the host and its services when it ends.
        var discordStatus = host.Services.GetService<DiscordChannelStatus>();
        await host.RunAsync().ConfigureAwait(false);

        if (discordStatus?.FatalError is { } fatal)
        {
            await error.WriteLineAsync(fatal).ConfigureAwait(false);
            return 3;
        }

        return 0;
    }
}
