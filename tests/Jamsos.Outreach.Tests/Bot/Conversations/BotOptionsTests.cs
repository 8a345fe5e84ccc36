using System.ComponentModel.DataAnnotations;
using Jamsos.Outreach.Bot.Core;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

/// <summary>The engine's settings as the host validates them at start (data annotations and the cross-checks).</summary>
public sealed class BotOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid()
    {
        var errors = Validate(new BotOptions());

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_ConversationRetentionShorterThanTheTimeout_IsRefused()
    {
        var errors = Validate(new BotOptions { ConversationTimeout = TimeSpan.FromDays(10), ConversationRetention = TimeSpan.FromDays(5) });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(BotOptions.ConversationRetention)));
    }

    [Fact]
    public void Validate_ConversationRetentionOfOneDay_IsOutOfRange()
    {
        var errors = Validate(new BotOptions { ConversationTimeout = TimeSpan.FromHours(1), ConversationRetention = TimeSpan.FromDays(1) });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(BotOptions.ConversationRetention)));
    }

    [Fact]
    public void AppSettings_Periods_EqualTheDefaultsTheSitesPrivacyPageStates()
    {
        // appsettings.json overrides the defaults: a value there that drifted from them would make the privacy page wrong.
        var configured = new BotOptions();

        new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build().GetSection(BotOptions.Section).Bind(configured);

        var defaults = new BotOptions();
        Assert.Equal(
            (defaults.UnansweredRetention, defaults.ProcessedUpdateRetention, defaults.ConversationRetention, defaults.ConversationTimeout),
            (configured.UnansweredRetention, configured.ProcessedUpdateRetention, configured.ConversationRetention, configured.ConversationTimeout));
    }

    private static List<ValidationResult> Validate(BotOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
