using Microsoft.Extensions.Configuration;

namespace Jamsos.Outreach.Bot.Staff.Agents;

/// <summary>
/// Where an agent's flyer and code lead: the bot's deep link with the agent's referral, and the site.
/// The bot's username comes from <c>--bot</c>, else <c>Telegram:BotUsername</c> (Telegram__BotUsername);
/// the site from <c>Site:BaseUrl</c>, else the address the site is published at.
/// </summary>
internal static class BotLinks
{
    /// <summary>The published site, as the site generator's own default (SiteOptions.BaseUrl).</summary>
    public const string DefaultSite = "https://jamsos-outreach.netlify.app";

    /// <summary>The bot's username without a leading '@', or null when neither <paramref name="option"/> nor the configuration names one.</summary>
    public static string? BotUsername(string? option, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = string.IsNullOrWhiteSpace(option) ? configuration["Telegram:BotUsername"] : option;
        var bot = name?.Trim().TrimStart('@');
        return string.IsNullOrEmpty(bot) ? null : bot;
    }

    /// <summary>Telegram usernames: 5 to 32 characters, Latin letters, digits and underscores.</summary>
    public static bool IsUsername(string bot) =>
        bot.Length is >= 5 and <= 32 && bot.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary><c>https://t.me/&lt;bot&gt;?start=ref_&lt;code&gt;</c>: opens the bot with the agent's referral.</summary>
    public static string DeepLink(string bot, string code) => $"https://t.me/{bot.TrimStart('@')}?start=ref_{code}";

    public static string Site(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.IsNullOrWhiteSpace(configuration["Site:BaseUrl"]) ? DefaultSite : configuration["Site:BaseUrl"]!.Trim();
    }
}
