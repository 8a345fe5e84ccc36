using System.Globalization;
using Jamsos.Outreach.Bot.Core;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// The privacy page (/privasi/, /en/privacy/) promises what the bot does: the periods it states are the bot's
/// own defaults (BotOptions), the rights are the commands the bot answers, and the consent and the things
/// never asked for are named.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class PrivacyPageTests
{
    private static readonly BotOptions Defaults = new();

    private readonly SiteFixture fixture;

    public PrivacyPageTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    private string Indonesian => fixture.Site.Page("/privasi/").Html;

    private string English => fixture.Site.Page("/en/privacy/").Html;

    [Fact]
    public void Indonesian_Periods_AreTheBotsDefaults()
    {
        string[] promised =
        [
            $"setelah {Days(Defaults.UnansweredRetention)} hari",
            $"{Days(Defaults.ConversationRetention)} hari setelah pesan terakhir",
            $"selama {Hours(Defaults.ConversationTimeout)} jam",
            $"setelah {Hours(Defaults.ProcessedUpdateRetention)} jam",
        ];

        var missing = promised.Where(p => !Indonesian.Contains(p, StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void English_Periods_AreTheBotsDefaults()
    {
        string[] promised =
        [
            $"after {Days(Defaults.UnansweredRetention)} days",
            $"{Days(Defaults.ConversationRetention)} days after your last message",
            $"after {Hours(Defaults.ConversationTimeout)} hours without a message",
            $"after {Hours(Defaults.ProcessedUpdateRetention)} hours",
        ];

        var missing = promised.Where(p => !English.Contains(p, StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void BothLanguages_Rights_NameDataSayaAndHapus()
    {
        var pages = new[] { Indonesian, English };

        Assert.All(pages, html => Assert.True(html.Contains("/datasaya", StringComparison.Ordinal) && html.Contains("/hapus", StringComparison.Ordinal)));
    }

    [Fact]
    public void Indonesian_Promises_ConsentVersionAndTimePersonHashAndNoNikOtpOrPassword()
    {
        string[] promised = ["versi teks persetujuan", "waktu Anda menyetujuinya", "kode samaran", "bukan ID chat", "NIK, kode OTP, atau kata sandi"];

        var missing = promised.Where(p => !Indonesian.Contains(p, StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    private static string Days(TimeSpan period) => ((int)period.TotalDays).ToString(CultureInfo.InvariantCulture);

    private static string Hours(TimeSpan period) => ((int)period.TotalHours).ToString(CultureInfo.InvariantCulture);
}
