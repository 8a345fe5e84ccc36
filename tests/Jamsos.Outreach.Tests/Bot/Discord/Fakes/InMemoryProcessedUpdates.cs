using System.Collections.Concurrent;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

public sealed class InMemoryProcessedUpdates(TimeProvider? clock = null) : IProcessedUpdateStore
{
    private readonly ConcurrentDictionary<string, byte> seen = new(StringComparer.Ordinal);

    /// <summary>A slow store (on the given clock): work stuck before it reaches the responder.</summary>
    public TimeSpan Delay { get; set; }

    public async Task<bool> TryMarkAsync(string channel, string updateId, CancellationToken cancellationToken = default)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, clock ?? TimeProvider.System, cancellationToken);
        }

        return seen.TryAdd(channel + ":" + updateId, 0);
    }

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
