using System.Security.Cryptography;
using System.Text;

namespace Jamsos.Outreach.Bot.Core.Privacy;

/// <summary>HMAC-SHA256 of "channel\nuserId" under a secret salt; the hex of the first 16 bytes.</summary>
public sealed class HmacPersonHasher : IPersonHasher
{
    /// <summary>The shortest salt accepted: 16 random bytes.</summary>
    public const int MinimumSaltBytes = 16;

    private readonly byte[] salt;

    public HmacPersonHasher(ReadOnlySpan<byte> salt)
    {
        if (salt.Length < MinimumSaltBytes)
        {
            throw new ArgumentException($"The person-hash salt must be at least {MinimumSaltBytes} bytes.", nameof(salt));
        }

        this.salt = salt.ToArray();
    }

    public string Hash(string channel, string userId)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        var mac = HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(channel + "\n" + userId));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }
}
