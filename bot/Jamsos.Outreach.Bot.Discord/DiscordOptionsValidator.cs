using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Channels.Discord;

/// <summary>Checks the Discord section at start-up, so a typo fails with the setting's name instead of a 4004 later.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            problems.Add("Discord:Token is empty (Developer Portal → Bot → Reset Token).");
        }
        else if (options.Token.StartsWith("Bot ", StringComparison.Ordinal))
        {
            problems.Add("Discord:Token must be the bare token, without the 'Bot ' prefix.");
        }

        if (!Snowflake.IsValid(options.ApplicationId))
        {
            problems.Add("Discord:ApplicationId must be the numeric application id (Developer Portal → General Information).");
        }

        if (options.IsGuildScoped && !Snowflake.IsValid(options.GuildId))
        {
            problems.Add("Discord:GuildId must be a numeric guild id, or empty for global commands.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add("Discord:ApiBaseUrl must be an absolute http(s) URL such as " + DiscordOptions.DefaultApiBaseUrl + ".");
        }

        if (options.ShardId >= options.ShardCount)
        {
            problems.Add("Discord:ShardId must be smaller than Discord:ShardCount.");
        }

        if (options.AnswerChannelIds.Any(id => !Snowflake.IsValid(id)))
        {
            problems.Add("Discord:AnswerChannelIds must hold numeric channel ids.");
        }

        if (options.ReconnectMaxDelay < options.ReconnectBaseDelay)
        {
            problems.Add("Discord:ReconnectMaxDelay must not be below Discord:ReconnectBaseDelay.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
