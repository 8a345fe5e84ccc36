using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// How our request bodies look on the wire: the library's request types and its JSON settings
/// (<see cref="JsonBotAPI.Options"/>: snake_case, defaults left out), with three differences the
/// protocol brief and our fake server pin. Non-ASCII text goes out as raw UTF-8, not \uXXXX; parse_mode
/// is spelt "HTML"; and the few flags the brief's request fixtures send even when false
/// (show_alert, drop_pending_updates) are always written; and chat_id leads, as in every request the
/// brief shows (the library declares text first on some requests). A call without parameters still sends "{}" as
/// JSON, so every call is a POST with a JSON body; only file uploads stay multipart.
/// </summary>
internal static class WireJson
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>(request type, wire name) of the flags written even at their default.</summary>
    private static readonly HashSet<(Type, string)> AlwaysWritten =
    [
        (typeof(AnswerCallbackQueryRequest), "show_alert"),
        (typeof(DeleteWebhookRequest), "drop_pending_updates"),
        (typeof(SetWebhookRequest), "drop_pending_updates"),
    ];

    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The body of <paramref name="request"/>: multipart for uploads, JSON for everything else.</summary>
    public static HttpContent ToContent<TResponse>(IRequest<TResponse> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request is FileRequestBase<TResponse>)
        {
            // Multipart only when a file is attached: without one (setWebhook with no certificate) the
            // library falls back to its own JSON, and ours is wanted.
            var content = request.ToHttpContent();
            if (content is MultipartFormDataContent upload)
            {
                return upload;
            }

            content?.Dispose();
        }

        var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), Options));
        body.Headers.ContentType = Json;
        return body;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonBotAPI.Options)
        {
            Encoder = RawUtf8JsonEncoder.Instance,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Shape } },
        };
        options.Converters.Insert(0, new ParseModeWireConverter());
        options.MakeReadOnly();
        return options;
    }

    private static void Shape(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (AlwaysWritten.Contains((type.Type, property.Name)))
            {
                property.ShouldSerialize = static (_, _) => true;
            }

            if (property.Name == "chat_id")
            {
                property.Order = -1;
            }
        }
    }
}
