namespace Jamsos.Outreach.Bot.Channels.Telegram;

/// <summary>Webhook settings (section "Telegram:Webhook").</summary>
internal sealed class TelegramWebhookOptions
{
    /// <summary>
    /// The public HTTPS URL Telegram posts to, e.g. https://bot.example.org/telegram/webhook. Telegram only
    /// uses ports 443, 80, 88 and 8443 with TLS 1.2+; TLS is usually ended by a reverse proxy in front of
    /// <see cref="ListenUrls"/>.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>1–256 characters of A-Z a-z 0-9 _ -; Telegram echoes it in X-Telegram-Bot-Api-Secret-Token.</summary>
    public string? SecretToken { get; set; }

    /// <summary>Where Kestrel listens (semicolon-separated), e.g. http://0.0.0.0:8080.</summary>
    public string ListenUrls { get; set; } = "http://0.0.0.0:8080";

    /// <summary>The route of the webhook; /healthz is served next to it.</summary>
    public string Path { get; set; } = "/telegram/webhook";

    /// <summary>Parallel connections Telegram may open to us (1–100).</summary>
    public int MaxConnections { get; set; } = 40;

    /// <summary>Updates accepted but not yet handled; when full the endpoint answers 503 so Telegram retries later.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>How often getWebhookInfo is read for /healthz and the logs.</summary>
    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
