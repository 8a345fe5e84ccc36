using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// Reads the Bot API envelope whatever the HTTP status (the server sends the error as JSON with the
/// status equal to error_code, and sometimes ok:false with 200): ok:true gives the result; ok:false
/// becomes <see cref="TelegramApiException"/> with error_code, retry_after and migrate_to_chat_id, its
/// description redacted; anything else (a proxy's HTML 502, broken JSON, an empty body) is a
/// <see cref="TelegramTransportException"/> of kind BadResponse. An answer was received, so the request
/// went out: its outcome is unknown unless the status says the server did nothing.
/// </summary>
internal static class BotApiEnvelope
{
    public static TResult Read<TResult>(string method, int status, byte[] body, TokenRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(redactor);
        ApiResponse<TResult>? parsed;
        try
        {
            parsed = body.Length == 0 ? null : JsonSerializer.Deserialize<ApiResponse<TResult>>(body, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            parsed = null;
        }

        if (parsed is null || (!parsed.Ok && parsed.ErrorCode == 0 && parsed.Description is null) || (parsed.Ok && parsed.Result is null))
        {
            throw new TelegramTransportException(method, TransportFailure.BadResponse, true, status, string.Empty, null);
        }

        if (!parsed.Ok)
        {
            throw new TelegramApiException(method, parsed.ErrorCode != 0 ? parsed.ErrorCode : status, redactor.Redact(parsed.Description),
                parsed.Parameters?.RetryAfter, parsed.Parameters?.MigrateToChatId);
        }

        return parsed.Result!;
    }
}
