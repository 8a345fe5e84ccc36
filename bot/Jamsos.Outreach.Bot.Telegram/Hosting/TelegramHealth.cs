using System.Text;
using System.Text.Json;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Hosting;

/// <summary>
/// What /healthz reports and what the run verb's exit code comes from: the last successful contact with
/// the Bot API, the webhook backlog from getWebhookInfo, and a fatal error (an invalid token, another
/// instance polling with the same token).
/// </summary>
internal sealed class TelegramHealth
{
    private readonly Lock gate = new();
    private DateTimeOffset? lastContact;
    private int? pendingUpdates;
    private string? lastWebhookError;
    private string? fatal;

    public TelegramHealth(TelegramMode mode)
    {
        Mode = mode;
    }

    public TelegramMode Mode { get; }

    /// <summary>Set once: the channel stopped for good; the process exits non-zero.</summary>
    public string? Fatal
    {
        get
        {
            lock (gate)
            {
                return fatal;
            }
        }
    }

    public Func<int>? QueueLength { get; set; }

    public void Contact(DateTimeOffset at)
    {
        lock (gate)
        {
            lastContact = at;
        }
    }

    public void Webhook(int pending, string? lastError)
    {
        lock (gate)
        {
            pendingUpdates = pending;
            lastWebhookError = lastError;
        }
    }

    public void Fail(string reason)
    {
        lock (gate)
        {
            fatal ??= reason;
        }
    }

    /// <summary>The /healthz body (JSON) and whether the channel is healthy.</summary>
    public (bool Healthy, string Json) Snapshot()
    {
        lock (gate)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("status", fatal is null ? "ok" : "failed");
                json.WriteString("mode", Mode.ToString().ToLowerInvariant());
                if (lastContact is { } at)
                {
                    json.WriteString("last_api_contact", at);
                }

                if (QueueLength is { } queue)
                {
                    json.WriteNumber("queued_updates", queue());
                }

                if (pendingUpdates is { } pending)
                {
                    json.WriteNumber("pending_update_count", pending);
                }

                if (lastWebhookError is not null)
                {
                    json.WriteString("last_error_message", lastWebhookError);
                }

                if (fatal is not null)
                {
                    json.WriteString("error", fatal);
                }

                json.WriteEndObject();
            }

            return (fatal is null, Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}
