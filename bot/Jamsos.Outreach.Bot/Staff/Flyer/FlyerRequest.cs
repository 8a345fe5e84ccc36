namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>
/// One agent's flyer: who hands it out, the code their sign-ups are credited to, where the QR codes
/// lead, the paper size and the day it is printed (the amounts are those in force on that day).
/// </summary>
internal sealed record FlyerRequest(
    string AgentName,
    string ReferralCode,
    string BotUsername,
    string SiteBaseUrl,
    FlyerSize Size,
    DateOnly PrintDate)
{
    /// <summary>Names longer than this would not fit the flyer's agent line.</summary>
    public const int MaxAgentNameLength = 60;

    /// <summary>The bot's username without a leading '@' (people often copy it with one).</summary>
    public string Bot => BotUsername.TrimStart('@');

    /// <summary>The deep link that opens the bot with this agent's referral: <c>https://t.me/&lt;bot&gt;?start=ref_&lt;code&gt;</c>.</summary>
    public string DeepLink => $"https://t.me/{Bot}?start=ref_{ReferralCode}";

    /// <summary>The site's address as printed and encoded, without a trailing slash.</summary>
    public string SiteLink => SiteBaseUrl.TrimEnd('/');

    /// <summary>Throws <see cref="ArgumentException"/> naming the first bad field, so the staff verb can print it.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(AgentName) || AgentName.Trim().Length > MaxAgentNameLength)
        {
            throw new ArgumentException($"The agent's name must be 1 to {MaxAgentNameLength} characters.", nameof(AgentName));
        }

        if (!Core.Conversations.ReferralCode.TryParse(ReferralCode, out _))
        {
            throw new ArgumentException(
                $"'{ReferralCode}' is not a referral code the bot accepts (letters, digits, '-' and '_', up to {Core.Conversations.ReferralCode.MaxLength}).",
                nameof(ReferralCode));
        }

        // Telegram usernames: 5 to 32 characters, Latin letters, digits and underscores.
        if (Bot.Length is < 5 or > 32 || !Bot.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{BotUsername}' is not a Telegram bot username.", nameof(BotUsername));
        }

        if (!Uri.TryCreate(SiteBaseUrl, UriKind.Absolute, out var site) || (site.Scheme != Uri.UriSchemeHttps && site.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{SiteBaseUrl}' is not an absolute http(s) address.", nameof(SiteBaseUrl));
        }
    }
}
