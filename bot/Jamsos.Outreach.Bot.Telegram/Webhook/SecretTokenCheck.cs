using System.Security.Cryptography;
using System.Text;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Webhook;

/// <summary>
/// Compares the X-Telegram-Bot-Api-Secret-Token header with the configured secret in constant time
/// (FixedTimeEquals over the UTF-8 bytes), so response timing does not reveal how much of a guess was right.
/// </summary>
internal sealed class SecretTokenCheck
{
    public const string HeaderName = "X-Telegram-Bot-Api-Secret-Token";

    private readonly byte[] expected;

    public SecretTokenCheck(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        expected = Encoding.UTF8.GetBytes(secret);
    }

    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected);
}
