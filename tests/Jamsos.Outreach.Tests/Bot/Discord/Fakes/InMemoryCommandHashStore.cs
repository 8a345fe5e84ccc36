using System.Collections.Concurrent;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

internal sealed class InMemoryCommandHashStore : ICommandHashStore
{
    private readonly ConcurrentDictionary<string, string> hashes = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string scope, CancellationToken cancellationToken) => Task.FromResult(hashes.GetValueOrDefault(scope));

    public Task SetAsync(string scope, string hash, CancellationToken cancellationToken)
    {
        hashes[scope] = hash;
        return Task.CompletedTask;
    }
}
