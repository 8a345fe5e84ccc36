using System.Collections;
using Jamsos.Outreach.Site.Cli;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>The order the README promises: defaults, then Site__ environment variables, then switches.</summary>
public sealed class SiteSettingsTests
{
    [Fact]
    public void Read_EnvironmentAndSwitches_SwitchBeatsEnvironmentBeatsDefault()
    {
        var environment = new Hashtable { ["SITE__TELEGRAMBOT"] = "EnvironmentBot", ["Site__BaseUrl"] = "https://environment.example", ["PATH"] = "/usr/bin" };

        var (options, runs) = SiteSettings.Read(["--base-url=https://switch.example/", "--runs", "3"], environment);

        Assert.Equal(("https://switch.example/", "EnvironmentBot", null, 3), (options.BaseUrl, options.TelegramBot, options.DiscordInvite, runs));
    }

    [Theory]
    [InlineData("https://jamsos.example")]
    [InlineData("https://jamsos.example/faq/")]
    [InlineData("http://localhost:8080")]
    [InlineData("https://deploy-preview-12--jamsos-outreach.netlify.app")]
    public void Read_WebAddress_IsAccepted(string baseUrl)
    {
        var (options, _) = SiteSettings.Read(["--base-url", baseUrl], new Hashtable());

        Assert.Equal(baseUrl, options.BaseUrl);
    }

    [Fact]
    public void Read_NothingGiven_UsesTheDefaults()
    {
        var (options, runs) = SiteSettings.Read([], new Hashtable());

        Assert.Equal(("https://jamsos-outreach.netlify.app", "JamsosOutreachBot", null, null, 5), (options.BaseUrl, options.TelegramBot, options.DiscordInvite, options.Today, runs));
    }

    [Fact]
    public void Read_EmptyDiscordInvite_LeavesDiscordOut()
    {
        var (options, _) = SiteSettings.Read(["--discord-invite", " "], new Hashtable());

        Assert.Null(options.DiscordInvite);
    }

    [Fact]
    public void Read_Today_IsParsedAsAnIsoDate()
    {
        var (options, _) = SiteSettings.Read(["--today", "2027-04-01"], new Hashtable());

        Assert.Equal(new DateOnly(2027, 4, 1), options.Today);
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--runs", "many")]
    [InlineData("--today", "2026-13-01")]
    [InlineData("--base-url", "/relative")]
    [InlineData("--base-url", "https://")]
    [InlineData("--base-url", "https://faq example.org")]
    [InlineData("--base-url", "javascript:alert(1)")]
    [InlineData("--discord-invite", "http://discord.gg/abc")]
    [InlineData("--telegram-bot", "1bot")]
    [InlineData("--telegram-bot", "bot name")]
    public void Read_BadValue_ThrowsFormatException(string option, string value)
    {
        Assert.Throws<FormatException>(() => SiteSettings.Read([option, value], new Hashtable()));
    }

    [Fact]
    public void Read_PositionalArgument_IsRefused()
    {
        var error = Assert.Throws<FormatException>(() => SiteSettings.Read(["site-output"], new Hashtable()));

        Assert.Contains("'site-output' is not an option", error.Message, StringComparison.Ordinal);
    }
}
