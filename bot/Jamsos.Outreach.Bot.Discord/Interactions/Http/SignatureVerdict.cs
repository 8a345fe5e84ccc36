namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;

/// <summary>What <see cref="InteractionSignature"/> found; every value but <see cref="Valid"/> is a 401.</summary>
internal enum SignatureVerdict
{
    Valid,

    /// <summary>X-Signature-Ed25519 or X-Signature-Timestamp absent or empty.</summary>
    Missing,

    /// <summary>The signature is not 128 hex characters, or the timestamp is not Unix seconds.</summary>
    Malformed,

    /// <summary>Well-formed, but not Discord's signature over this timestamp and body.</summary>
    BadSignature,

    /// <summary>Correctly signed but too old or too far ahead: a replay.</summary>
    Stale,
}
