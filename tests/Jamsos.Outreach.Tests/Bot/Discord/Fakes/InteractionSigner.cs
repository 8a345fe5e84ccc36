using System.Text;
using NSec.Cryptography;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>Plays Discord's part: a freshly generated Ed25519 key pair that signs timestamp + body as Discord does.</summary>
public sealed class InteractionSigner : IDisposable
{
    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519);

    /// <summary>The public key as the Developer Portal shows it: 64 hex characters.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    public void Dispose() => key.Dispose();
}
