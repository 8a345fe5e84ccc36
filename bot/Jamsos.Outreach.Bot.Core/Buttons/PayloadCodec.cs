using System.Diagnostics.CodeAnalysis;

namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>
/// The one encoder and decoder of button payloads: "&lt;version&gt;:&lt;kind&gt;:&lt;value&gt;", at most 64
/// characters (Telegram's callback limit, below Discord's 100). The version comes first so a button
/// pressed after an upgrade is read by the decoder of its own version, or politely refused as expired,
/// never misread. A new wire shape gets a new version and its own reader; the v1 reader stays, because
/// v1 buttons are already in people's chats.
/// </summary>
public static class PayloadCodec
{
    /// <summary>The version new buttons are written in.</summary>
    public const string Version = "v1";

    public const int MaxLength = 64;

    public static string Encode(Payload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var (kind, value) = PayloadV1.Write(payload);
        var text = $"{Version}:{kind}:{value}";
        return text.Length <= MaxLength ? text : throw new ArgumentException($"Button payload over {MaxLength} characters: {kind}", nameof(payload));
    }

    /// <summary>False for anything not written by a known version (typed text, a foreign or an expired button).</summary>
    public static bool TryDecode(string? text, [NotNullWhen(true)] out Payload? payload)
    {
        payload = null;
        if (text is null || text.Length > MaxLength)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        return text[..colon] switch
        {
            "v1" => PayloadV1.TryRead(text[(colon + 1)..], out payload),
            _ => false,
        };
    }
}
