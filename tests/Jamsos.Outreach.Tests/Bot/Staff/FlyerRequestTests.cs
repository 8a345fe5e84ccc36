using Jamsos.Outreach.Bot.Staff.Flyer;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Staff;

public sealed class FlyerRequestTests
{
    [Fact]
    public void DeepLink_BotWithAt_IsTheTelegramStartLinkWithTheReferral()
    {
        var request = new FlyerRequest("Budi", "AGEN01", "@JamsosOutreachBot", "https://example.org/", FlyerSize.A5, new DateOnly(2026, 12, 5));

        Assert.Equal("https://t.me/JamsosOutreachBot?start=ref_AGEN01", request.DeepLink);
    }

    [Theory]
    [InlineData("", "AGEN01", "JamsosOutreachBot", "https://example.org", "AgentName")]
    [InlineData("Budi", "AGEN 01", "JamsosOutreachBot", "https://example.org", "ReferralCode")]
    [InlineData("Budi", "AGEN01", "bot", "https://example.org", "BotUsername")]
    [InlineData("Budi", "AGEN01", "JamsosOutreachBot", "example.org", "SiteBaseUrl")]
    public void Validate_BadField_ThrowsNamingIt(string name, string code, string bot, string site, string field)
    {
        var request = new FlyerRequest(name, code, bot, site, FlyerSize.A5, new DateOnly(2026, 12, 5));

        var error = Assert.Throws<ArgumentException>(request.Validate);

        Assert.Equal(field, error.ParamName);
    }
}
