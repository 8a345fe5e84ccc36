using System.Security.Cryptography;
using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Staff;

/// <summary>
/// Short referral codes for Perisai agents, for the <c>/start ref_&lt;code&gt;</c> deep link. Six characters
/// from an alphabet without look-alikes (no 0/O, 1/I/L), upper case only: people copy them from paper
/// and read them out on the phone, and Telegram keeps the payload's case. 31⁶ ≈ 887 million codes, so a
/// guessed code rarely names a real agent. The randomness is passed in (tests give a fixed sequence).
/// </summary>
internal sealed class ReferralCodeGenerator
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 6;

    /// <summary>How often a freshly drawn code may collide with a taken one before giving up.</summary>
    private const int MaxAttempts = 100;

    private readonly Func<int, int> nextIndex;

    /// <summary>Cryptographic randomness, so codes cannot be predicted from one another.</summary>
    public ReferralCodeGenerator()
        : this(RandomNumberGenerator.GetInt32)
    {
    }

    /// <param name="nextIndex">Returns a number in [0, bound) for a given bound.</param>
    public ReferralCodeGenerator(Func<int, int> nextIndex)
    {
        ArgumentNullException.ThrowIfNull(nextIndex);
        this.nextIndex = nextIndex;
    }

    /// <summary>A new code that the bot's /start parser accepts and that is not in <paramref name="taken"/> (compared ignoring case).</summary>
    public string Next(IEnumerable<string>? taken = null)
    {
        var existing = new HashSet<string>(taken ?? [], StringComparer.OrdinalIgnoreCase);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var code = string.Create(Length, this, static (span, self) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[self.nextIndex(Alphabet.Length)];
                }
            });
            if (!existing.Contains(code) && ReferralCode.TryParse(code, out var accepted))
            {
                return accepted;
            }
        }

        throw new InvalidOperationException($"No free referral code after {MaxAttempts} attempts.");
    }
}
