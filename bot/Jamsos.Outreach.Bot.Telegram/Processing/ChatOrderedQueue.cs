using System.Threading.Channels;
using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Telegram.Bot.Types;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Processing;

/// <summary>
/// The webhook's in-process queue: bounded, split into lanes by chat id, one worker per lane. Updates of
/// one chat always share a lane and are handled one after another in arrival order (so a person's
/// dialogue state is never changed by two handlers at once, even if a misbehaving sender delivers
/// out of order); different chats run in parallel.
/// </summary>
internal sealed class ChatOrderedQueue
{
    private readonly Channel<Update>[] lanes;
    private readonly int capacity;
    private int count;

    public ChatOrderedQueue(int lanes, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1);
        this.capacity = capacity;
        this.lanes = Enumerable.Range(0, lanes)
            .Select(_ => Channel.CreateUnbounded<Update>(new UnboundedChannelOptions { SingleReader = true }))
            .ToArray();
    }

    /// <summary>Updates accepted and not yet finished.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>Queues an update; false when the queue is full (the webhook then answers 503 and Telegram retries later).</summary>
    public bool TryEnqueue(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (Interlocked.Increment(ref count) > capacity)
        {
            Interlocked.Decrement(ref count);
            return false;
        }

        var lane = (int)((ulong)(update.ChatId ?? update.Id) % (ulong)lanes.Length);
        if (lanes[lane].Writer.TryWrite(update))
        {
            return true;
        }

        Interlocked.Decrement(ref count);
        return false;
    }

    /// <summary>No more updates: the workers finish what is queued, then <see cref="RunAsync"/> returns.</summary>
    public void Complete()
    {
        foreach (var lane in lanes)
        {
            lane.Writer.TryComplete();
        }
    }

    /// <summary>Runs one worker per lane until <see cref="Complete"/> (drained) or cancellation.</summary>
    public Task RunAsync(Func<Update, CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return Task.WhenAll(lanes.Select(lane => Task.Run(
            async () =>
            {
                await foreach (var update in lane.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    try
                    {
                        await handle(update, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref count);
                    }
                }
            },
            CancellationToken.None)));
    }
}
