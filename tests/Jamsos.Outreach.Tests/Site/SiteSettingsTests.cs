using System.Collections;
using Jamsos.Outreach.Site.Cli;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>The order the README promises: appsettings.json, then Site__ environment variables, then switches.</summary>
public sealed class SiteSettingsTests : IDisposable
{
    private readonly string appSettings = Path.Combine(Path.GetTempPath(), "jamsos-settings-" + Guid.NewGuid().ToString("N")[..8] + ".json");

    [Fact]
    public void Read_AllThreeSources_SwitchBeatsEnvironmentBeatsFile()
    {
        File.WriteAllText(appSettings, """
            // comments are allowed, as in any appsettings.json
            { "Site": { "BaseUrl": "https://file.example", "TelegramBot": "FileBot", "DiscordInvite": "https://discord.gg/file", }, "Other": { "BaseUrl": "https://ignored.example" } }
            """);
        var environment = new Hashtable { ["SITE__TELEGRAMBOT"] = "EnvironmentBot", ["Site__BaseUrl"] = "https://environment.example", ["PATH"] = "/usr/bin" };

        var (options, runs) = SiteSettings.Read(["--base-url=https://switch.example/", "--runs", "3"], environment, appSettings);

        Assert.Equal(("https://switch.example/", "EnvironmentBot", "https://discord.gg/file", 3), (options.BaseUrl, options.TelegramBot, options.DiscordInvite, runs));
    }

    [Fact]
    public void Read_NothingGiven_UsesTheDefaults()
    {
        var (options, runs) = SiteSettings.Read([], new Hashtable(), appSettingsPath: null);

        Assert.Equal(("https://jamsos-outreach.netlify.app", "JamsosOutreachBot", null, null, 5), (options.BaseUrl, options.TelegramBot, options.DiscordInvite, options.Today, runs));
    }

    [Fact]
    public void Read_EmptyDiscordInvite_LeavesDiscordOut()
    {
        var (options, _) = SiteSettings.Read(["--discord-invite", " "], new Hashtable(), appSettingsPath: null);

        Assert.Null(options.DiscordInvite);
    }

    [Fact]
    public void Read_Today_IsParsedAsAnIsoDate()
    {
        var (options, _) = SiteSettings.Read(["--today", "2027-04-01"], new Hashtable(), appSettingsPath: null);

        Assert.Equal(new DateOnly(2027, 4, 1), options.Today);
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--runs", "many")]
    [InlineData("--today", "2026-13-01")]
    [InlineData("--base-url", "/relative")]
    [InlineData("--telegram-bot", "1bot")]
    [InlineData("--telegram-bot", "bot name")]
    public void Read_BadValue_ThrowsFormatException(string option, string value)
    {
        Assert.Throws<FormatException>(() => SiteSettings.Read([option, value], new Hashtable(), appSettingsPath: null));
    }

    [Fact]
    public void Read_BrokenAppSettings_ThrowsFormatExceptionNamingTheFile()
    {
        File.WriteAllText(appSettings, "{ \"Site\": ");

        var error = Assert.Throws<FormatException>(() => SiteSettings.Read([], new Hashtable(), appSettings));

        Assert.Contains(Path.GetFileName(appSettings), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PositionalArgument_IsRefused()
    {
        var error = Assert.Throws<FormatException>(() => SiteSettings.Read(["site-output"], new Hashtable(), appSettingsPath: null));

        Assert.Contains("'site-output' is not an option", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(appSettings);
}
