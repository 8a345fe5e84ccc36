namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>An agent's referral code from a <c>/start ref_&lt;code&gt;</c> link: letters, digits, '-' and '_', up to 32.</summary>
public static class ReferralCode
{
    public const int MaxLength = 32;

    public static bool TryParse(string? text, out string code)
    {
        code = string.Empty;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        code = text;
        return true;
    }
}
