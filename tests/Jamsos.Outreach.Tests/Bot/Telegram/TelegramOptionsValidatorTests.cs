using Jamsos.Outreach.Bot.Channels.Telegram;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>Start-up checks of the Telegram settings that the library would otherwise get wrong silently.</summary>
public sealed class TelegramOptionsValidatorTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8081/telegram")]
    [InlineData("https://proxy.example.org/bot-api/")]
    [InlineData("http://127.0.0.1:8081/?x=1")]
    public void Validate_ApiBaseUrlWithAPath_IsRefused(string baseUrl)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = baseUrl });

        Assert.Contains(result.Failures ?? [], f => f.StartsWith("Telegram:ApiBaseUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://api.telegram.org")]
    [InlineData("http://127.0.0.1:8081/")]
    public void Validate_ApiBaseUrlOfSchemeHostAndPort_IsAccepted(string baseUrl)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = baseUrl });

        Assert.True(result.Succeeded, string.Join("; ", result.Failures ?? []));
    }
}
