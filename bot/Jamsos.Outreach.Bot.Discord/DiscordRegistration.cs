using System.Net;
using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Jamsos.Outreach.Bot.Channels.Discord.Gateway.Handlers;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;
using Jamsos.Outreach.Bot.Channels.Discord.Messages;
using Jamsos.Outreach.Bot.Channels.Discord.Reminders;
using Jamsos.Outreach.Bot.Channels.Discord.Rest;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Channels.Discord;

/// <summary>Registers the Discord channel: options (validated at start), the REST and gateway clients, the event handlers and the hosted service.</summary>
public static class DiscordRegistration
{
    /// <summary>True when Discord:Token or Discord:PublicKey is set: the run verb starts this channel.</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[DiscordOptions.Section + ":Token"]) || HasPublicKey(configuration);
    }

    private static bool HasPublicKey(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[DiscordOptions.Section + ":" + nameof(DiscordOptions.PublicKey)]);

    public static IServiceCollection AddDiscordChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DiscordOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Random.Shared);

        // No IHttpClientFactory: its request logging would write interaction tokens (they are in the path) to the log.
        services.AddSingleton(sp => CreateHttpClient(sp.GetRequiredService<DiscordOptions>()));
        services.AddSingleton<RestRateLimiter>();
        services.AddSingleton<DiscordRestClient>();

        services.AddSingleton<GatewaySession>();
        services.AddSingleton<IdentifyGate>();
        services.AddSingleton<DispatchRouter>();
        services.AddSingleton<DispatchWork>();
        services.AddSingleton<GatewayClient>();
        services.AddSingleton<IDispatchHandler, ReadyHandler>();
        services.AddSingleton<IDispatchHandler, ResumedHandler>();
        services.AddSingleton<IDispatchHandler, MessageCreateHandler>();
        services.AddSingleton<IDispatchHandler, InteractionCreateHandler>();

        services.AddSingleton<ChannelMessageResponder>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<ComponentHandler>();
        services.AddSingleton<ModalSubmitHandler>();
        services.AddSingleton<SignUpFormOpener>();
        services.AddSingleton<SignUpFormCache>();
        services.TryAddSingleton<ICommandHashStore>(sp =>
            new FileCommandHashStore(sp.GetRequiredService<DiscordOptions>().StateFolder is { Length: > 0 } folder ? folder : LocalDataFolder.Default()));
        services.AddSingleton<CommandRegistrar>();

        services.AddSingleton<DiscordChannelStatus>();
        services.AddSingleton<InlineCallbacks>();
        if (HasPublicKey(configuration))
        {
            // Before the channel's hosted service: the shared listener starts first and stops last.
            services.AddSingleton<RejectedRequestLog>();
            services.AddHttpEndpoints<DiscordInteractionsEndpoint>();
        }

        if (!string.IsNullOrWhiteSpace(configuration[DiscordOptions.Section + ":Token"]))
        {
            // A DM needs the bot token; interactions over HTTP alone cannot start one.
            services.AddSingleton<IReminderSender, DiscordReminderSender>();
        }

        services.AddHostedService<DiscordChannel>();
        return services;
    }

    internal static HttpClient CreateHttpClient(DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        };

        // Timeouts are per attempt in DiscordRestClient (Discord:RequestTimeout), so the client's own is off.
        return new HttpClient(handler, disposeHandler: true)
        {
            BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }
}
