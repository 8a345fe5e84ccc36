using System.Diagnostics.CodeAnalysis;
using Jamsos.Outreach.Bot.Core.Buttons;

namespace Jamsos.Outreach.Bot.Channels.Discord.Rendering;

/// <summary>
/// Component custom ids (1 to 100 characters, versioned). Buttons from the engine carry its payload
/// ("v1:su:confirm", at most 64 characters) plus "#" and the id of the person the reply was for (at most
/// 20 digits), so a click by someone else on a public message can be refused. The channel's own ids follow
/// the brief's scheme: "su:v1:start" (open the sign-up form), "su:v1:retry" (reopen it pre-filled) and
/// "su:v1:form" (the modal).
/// </summary>
internal static class DiscordCustomId
{
    public const int MaxLength = 100;
    public const string SignUpStart = "su:v1:start";
    public const string SignUpRetry = "su:v1:retry";
    public const string SignUpForm = "su:v1:form";

    public static bool IsChannelOwned(string id) => id is SignUpStart or SignUpRetry or SignUpForm;

    public static string ForPayload(string payload, string? ownerId)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (IsChannelOwned(payload) || ownerId is null)
        {
            return payload;
        }

        var id = payload + "#" + ownerId;
        return id.Length <= MaxLength ? id : payload;
    }

    /// <summary>An engine payload and its owner (null when the id carried none).</summary>
    public static bool TryParse(string? customId, out string payload, out string? ownerId) =>
        TryDecode(customId, out _, out payload, out ownerId);

    /// <summary>An engine button, decoded by <see cref="PayloadCodec"/>, with its payload text and owner.</summary>
    public static bool TryDecode(string? customId, [NotNullWhen(true)] out Payload? pressed, out string payload, out string? ownerId)
    {
        pressed = null;
        payload = string.Empty;
        ownerId = null;
        if (string.IsNullOrEmpty(customId) || customId.Length > MaxLength || !customId.StartsWith(PayloadCodec.Version + ":", StringComparison.Ordinal))
        {
            return false;
        }

        var hash = customId.LastIndexOf('#');
        if (hash > 0 && Snowflake.IsValid(customId[(hash + 1)..]))
        {
            payload = customId[..hash];
            ownerId = customId[(hash + 1)..];
        }
        else
        {
            payload = customId;
        }

        return PayloadCodec.TryDecode(payload, out pressed);
    }
}
