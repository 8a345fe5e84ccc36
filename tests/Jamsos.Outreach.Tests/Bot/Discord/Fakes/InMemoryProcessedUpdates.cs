using System.Collections.Concurrent;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

public sealed class InMemoryProcessedUpdates : IProcessedUpdateStore
{
    private readonly ConcurrentDictionary<string, byte> seen = new(StringComparer.Ordinal);

    public Task<bool> TryMarkAsync(string channel, string updateId, CancellationToken cancellationToken = default) =>
        Task.FromResult(seen.TryAdd(channel + ":" + updateId, 0));

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
