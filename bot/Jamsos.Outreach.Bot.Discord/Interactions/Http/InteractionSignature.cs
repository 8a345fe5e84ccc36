using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;

/// <summary>
/// Checks Discord's signature on an interaction request: Ed25519 (RFC 8032) by the application's public
/// key over the UTF-8 timestamp followed by the raw body bytes, as sent (never re-serialised JSON). The
/// timestamp (Unix seconds) must also lie within <see cref="DiscordInteractionsOptions.MaxTimestampAge"/>
/// of now, so a captured request cannot be replayed later.
/// </summary>
internal sealed class InteractionSignature
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    private readonly PublicKey key;
    private readonly TimeSpan maxAge;
    private readonly TimeProvider clock;

    public InteractionSignature(string publicKeyHex, TimeSpan maxAge, TimeProvider clock)
    {
        key = PublicKey.Import(Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /// <summary>Verifies <paramref name="signature"/> (hex) over <paramref name="message"/> alone: the RFC 8032 vectors are checked through this.</summary>
    public bool Verifies(string signature, ReadOnlySpan<byte> message)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return signature.Length == Ed25519.SignatureSize * 2 && signature.All(char.IsAsciiHexDigit)
            && Ed25519.Verify(key, message, Convert.FromHexString(signature));
    }

    public SignatureVerdict Check(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureVerdict.Missing;
        }

        if (signature.Length != Ed25519.SignatureSize * 2 || !signature.All(char.IsAsciiHexDigit)
            || timestamp.Length > 20 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureVerdict.Malformed;
        }

        var prefix = Encoding.UTF8.GetByteCount(timestamp);
        var message = new byte[prefix + body.Length];
        Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(prefix));
        if (!Ed25519.Verify(key, message, Convert.FromHexString(signature)))
        {
            return SignatureVerdict.BadSignature;
        }

        // Checked after the signature, so the age of a forged timestamp is never looked at.
        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799));
        return age.Duration() > maxAge ? SignatureVerdict.Stale : SignatureVerdict.Valid;
    }
}
