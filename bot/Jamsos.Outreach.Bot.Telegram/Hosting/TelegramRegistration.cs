using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Polling;
using Jamsos.Outreach.Bot.Channels.Telegram.Processing;
using Jamsos.Outreach.Bot.Channels.Telegram.Reminders;
using Jamsos.Outreach.Bot.Channels.Telegram.Sending;
using Jamsos.Outreach.Bot.Channels.Telegram.Storage;
using Jamsos.Outreach.Bot.Channels.Telegram.Webhook;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Hosting;

/// <summary>
/// Registers the Telegram channel: options (validated at start), the client with its own HttpClient
/// (built here, not through IHttpClientFactory, so no request-logging handler can ever write a URL with
/// the token in it), the sending discipline, the update pipeline, and the hosted service of the mode.
/// </summary>
public static class TelegramRegistration
{
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTelegramServices(configuration);

        // Payment reminders reach Telegram chats through this process's paced sender.
        services.AddSingleton<IReminderSender, TelegramReminderSender>();
        var mode = configuration.GetSection(TelegramOptions.Section).GetValue(nameof(TelegramOptions.Mode), TelegramMode.Polling);
        if (mode == TelegramMode.Webhook)
        {
            services.AddSingleton(sp => new ChatOrderedQueue(sp.GetRequiredService<TelegramOptions>().Concurrency, sp.GetRequiredService<TelegramOptions>().Webhook.QueueCapacity));
            services.AddHttpEndpoints<TelegramWebhookRoutes>();
            services.AddHostedService<TelegramWebhookService>();
        }
        else
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return services;
    }

    /// <summary>Everything but the hosted service: enough to send (the broadcast verb) or to drive the pipeline in tests.</summary>
    internal static IServiceCollection AddTelegramServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TelegramOptions>>().Value);
        services.AddSingleton(sp => new TelegramClient(TelegramClient.CreateHttpClient(), sp.GetRequiredService<TelegramOptions>(), ownsHttp: true));
        services.AddSingleton(sp => new SendRateLimiter(sp.GetRequiredService<TelegramOptions>().Limits, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TelegramHealth(sp.GetRequiredService<TelegramOptions>().Mode));
        services.AddSingleton<TelegramChats>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<ReplyKeyboardTracker>();
        services.AddSingleton<TelegramReplyDelivery>();
        services.AddSingleton<TelegramBotInfo>();
        services.AddSingleton<TelegramUpdateProcessor>();
        services.AddSingleton<UpdateBatchRunner>();
        services.AddSingleton<TelegramStartup>();
        return services;
    }
}
