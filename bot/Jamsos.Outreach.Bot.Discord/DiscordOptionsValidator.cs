using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Channels.Discord;

/// <summary>Checks the Discord section at start-up, so a typo fails with the setting's name instead of a 4004 later.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!options.HasToken && !options.HasHttpInteractions)
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

        if (options.HasHttpInteractions)
        {
            ValidateInteractions(options, problems);
        }

        if (options.ReconnectMaxDelay < options.ReconnectBaseDelay)
        {
            problems.Add("Discord:ReconnectMaxDelay must not be below Discord:ReconnectBaseDelay.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>The application public key is 32 bytes written as 64 hex characters.</summary>
    public static bool IsPublicKey(string? value) =>
        value is { Length: 64 } && value.All(char.IsAsciiHexDigit);

    private static void ValidateInteractions(DiscordOptions options, List<string> problems)
    {
        if (!IsPublicKey(options.PublicKey))
        {
            problems.Add("Discord:PublicKey must be the application's public key: 64 hexadecimal characters from the Developer Portal (General Information → Public Key).");
        }

        var interactions = options.Interactions;
        if (string.IsNullOrWhiteSpace(interactions.ListenUrls))
        {
            problems.Add("Discord:Interactions:ListenUrls must name where to listen, e.g. http://0.0.0.0:8080.");
        }

        if (interactions.DeferAfter <= TimeSpan.Zero || interactions.DeferAfter > TimeSpan.FromSeconds(2.8))
        {
            problems.Add("Discord:Interactions:DeferAfter must be above zero and at most 2.8 seconds (Discord waits 3 s for the reply).");
        }

        if (interactions.MaxTimestampAge < TimeSpan.FromSeconds(5) || interactions.MaxBodyBytes is < 1024 or > 1024 * 1024)
        {
            problems.Add("Discord:Interactions:MaxTimestampAge must be at least 5 seconds and MaxBodyBytes between 1 KB and 1 MB.");
        }
    }
}
