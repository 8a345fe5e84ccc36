using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Channels.Telegram.Processing;
using Jamsos.Outreach.Bot.Core.Pacing;
using Jamsos.Outreach.Bot.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Webhook;

/// <summary>The webhook's routes on the shared listener at Telegram:Webhook:ListenUrls (see <see cref="TelegramWebhookEndpoints"/>).</summary>
internal sealed class TelegramWebhookRoutes : IHttpEndpoints, IDisposable
{
    private readonly TelegramOptions options;
    private readonly ChatOrderedQueue queue;
    private readonly TelegramHealth health;
    private readonly RefusalCounter rejections;
    private readonly ILogger logger;

    public TelegramWebhookRoutes(TelegramOptions options, ChatOrderedQueue queue, TelegramHealth health, TimeProvider clock, ILogger<TelegramWebhookService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.queue = queue;
        this.health = health;
        rejections = TelegramWebhookEndpoints.RefusalCounter(clock, logger);
        this.logger = logger;
    }

    public string Name => "Telegram webhook " + options.Webhook.Path;

    public string ListenUrls => options.Webhook.ListenUrls;

    public void Map(IEndpointRouteBuilder routes) =>
        TelegramWebhookEndpoints.Map(routes, options.Webhook.Path, new SecretTokenCheck(options.Webhook.SecretToken!), queue, health, rejections, logger);

    public void Dispose() => rejections.Dispose();
}
