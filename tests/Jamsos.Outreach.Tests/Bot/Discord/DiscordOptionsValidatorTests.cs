using Jamsos.Outreach.Bot.Channels.Discord;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class DiscordOptionsValidatorTests
{
    [Fact]
    public void Validate_TokenAndApplicationId_Succeeds()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = "abc.def", ApplicationId = "1434829455360131073" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_MissingApplicationIdBotPrefixAndBadShard_NamesEachSetting()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = "Bot abc", ShardId = 2, ShardCount = 2 });

        Assert.Equal(3, result.Failures!.Count(f => f.Contains("Discord:ApplicationId", StringComparison.Ordinal) || f.Contains("'Bot '", StringComparison.Ordinal) || f.Contains("Discord:ShardId", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_PublicKeyWithoutToken_SucceedsForInteractionsOverHttp()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { PublicKey = new string('a', 63) + "F", ApplicationId = "1434829455360131073" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zz0000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0x00000000000000000000000000000000000000000000000000000000000000")]
    public void Validate_PublicKeyNot64Hex_OneSentenceNamingTheSetting(string key)
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { PublicKey = key, ApplicationId = "1434829455360131073" });

        Assert.Equal(
            "Discord:PublicKey must be the application's public key: 64 hexadecimal characters from the Developer Portal (General Information → Public Key).",
            Assert.Single(result.Failures!));
    }

    [Theory]
    [InlineData(false, 4609)]
    [InlineData(true, 37377)]
    public void Intents_AreGuildsGuildMessagesDirectMessages_PlusMessageContentWhenEnabled(bool messageContent, int expected)
    {
        Assert.Equal(expected, new DiscordOptions { MessageContentIntent = messageContent }.Intents);
    }
}
