using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// Runs the bot: the terminal chat when no platform token is configured (or with --terminal), on the
/// SQLite file from Storage:ConnectionString. Graceful shutdown on Ctrl+C or end of input.
/// </summary>
internal static class RunVerb
{
    public static async Task<int> RunAsync(CliArguments args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var builder = BotHost.CreateBuilder([], clock);
        var terminal = args.Terminal || BotHost.HasNoPlatformTokens(builder.Configuration);
        if (!terminal)
        {
            await error.WriteLineAsync("Platform tokens are configured, but the Telegram and Discord channels are not part of this build yet. Run with --terminal for the terminal chat.").ConfigureAwait(false);
            return 2;
        }

        builder.Services.AddTerminalChannel(input, output);
        using var host = builder.Build();
        await host.Services.GetRequiredService<SqliteDatabase>().CheckAsync().ConfigureAwait(false);
        await host.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
