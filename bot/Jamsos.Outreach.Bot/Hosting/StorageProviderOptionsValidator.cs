using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>An unknown Storage:Provider ends the start with one sentence instead of quietly picking a store.</summary>
internal sealed class StorageProviderOptionsValidator : IValidateOptions<StorageProviderOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return StorageProviderOptions.Parse(options.Provider) is null
            ? ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not known: use Sqlite (the default, one file) or Postgres (several instances on one server).")
            : ValidateOptionsResult.Success;
    }
}
