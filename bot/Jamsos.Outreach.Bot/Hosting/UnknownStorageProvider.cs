using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>
/// The storage check when Storage:Provider names no adapter: reading the options runs their validation,
/// which throws the <see cref="OptionsValidationException"/> the verbs print as one sentence.
/// </summary>
internal sealed class UnknownStorageProvider(IOptions<StorageProviderOptions> options) : IStorageCheck
{
    public Task CheckAsync(CancellationToken cancellationToken = default)
    {
        _ = options.Value;
        throw new OptionsValidationException(
            nameof(StorageProviderOptions),
            typeof(StorageProviderOptions),
            [$"Storage:Provider '{options.Value.Provider}' is not known: use Sqlite or Postgres."]);
    }
}
