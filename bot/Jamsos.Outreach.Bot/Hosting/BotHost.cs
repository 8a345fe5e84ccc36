using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>
/// Composition of the generic host: configuration (appsettings.json, environment variables such as
/// Storage__ConnectionString, command line), logging to standard error (so the terminal chat owns
/// standard output), content, the engine, storage, and the channels that are configured.
/// </summary>
internal static class BotHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args, TimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(clock);
        builder.Services.AddKnowledge(builder.Configuration);
        builder.Services.AddReminders(builder.Configuration);
        builder.Services.AddBotCore(builder.Configuration);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddPrivacy(builder.Configuration);
        return builder;
    }

    /// <summary>True when Telegram:Token (Telegram__Token) is set: the run verb serves Telegram.</summary>
    public static bool HasTelegramToken(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]);

    /// <summary>True when no chat platform is configured (no token, no Discord public key): the terminal chat is the channel.</summary>
    public static bool HasNoPlatformTokens(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["Telegram:Token"]) && string.IsNullOrWhiteSpace(configuration["Discord:Token"])
        && string.IsNullOrWhiteSpace(configuration["Discord:PublicKey"]);
}
