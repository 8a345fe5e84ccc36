namespace Jamsos.Outreach.Tests.Bot.Privacy.Check;

/// <summary>
/// Standard input for the terminal chat that can stop between lines: before handing out the line at a
/// checkpoint it runs that checkpoint's check. The terminal reads the next line only after the previous
/// reply (and its writes) are done, so a check sees the store exactly as the person left it, with the bot
/// still running (its database open, the WAL not yet folded in).
/// </summary>
internal sealed class CheckpointInput : TextReader
{
    private readonly Queue<(Func<string?> Line, Func<Task>? Before)> lines = new();

    /// <summary>Queues a line; with <paramref name="before"/>, that check runs first.</summary>
    public CheckpointInput Then(string? line, Func<Task>? before = null) => Then(() => line, before);

    /// <summary>Queues a line worked out when it is read (from what the chat has shown so far).</summary>
    public CheckpointInput Then(Func<string?> line, Func<Task>? before = null)
    {
        lines.Enqueue((line, before));
        return this;
    }

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        if (!lines.TryDequeue(out var next))
        {
            return null;
        }

        if (next.Before is { } check)
        {
            await check();
        }

        return next.Line();
    }

    public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
