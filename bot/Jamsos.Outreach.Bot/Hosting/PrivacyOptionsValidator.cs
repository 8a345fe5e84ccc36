using Jamsos.Outreach.Bot.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>A configured salt that is not base64 or too short ends the start with one sentence (never echoing the value: it is a secret).</summary>
internal sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Salt))
        {
            return ValidateOptionsResult.Success;
        }

        return options.SaltBytes() is { Length: >= HmacPersonHasher.MinimumSaltBytes }
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Privacy:Salt must be base64 of at least {HmacPersonHasher.MinimumSaltBytes} random bytes (for example from 'openssl rand -base64 32'), or empty to keep a generated salt in the database.");
    }
}
