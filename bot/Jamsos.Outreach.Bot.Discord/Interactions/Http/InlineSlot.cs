namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;

/// <summary>
/// One HTTP interaction waiting for its initial response. Exactly one of three things happens, first come
/// first served: the handler answers (the JSON becomes the HTTP reply), the endpoint's own deadline defers
/// it, or the handler finishes without answering (a duplicate, a bot, an unused type).
/// </summary>
internal sealed class InlineSlot
{
    private const int Open = 0;
    private const int AnsweredState = 1;
    private const int DeferredState = 2;
    private const int Closed = 3;

    private readonly TaskCompletionSource<byte[]?> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int state;

    /// <summary>The initial response's JSON, or null when the handler finished without one.</summary>
    public Task<byte[]?> Answer => answer.Task;

    public bool WasDeferred => Volatile.Read(ref state) == DeferredState;

    public bool TryAnswer(byte[] json) => Interlocked.CompareExchange(ref state, AnsweredState, Open) == Open && answer.TrySetResult(json);

    /// <summary>The endpoint's deadline passed with no answer: it replies type 5 itself, and later answers become edits.</summary>
    public bool TryDefer() => Interlocked.CompareExchange(ref state, DeferredState, Open) == Open;

    public void Close()
    {
        if (Interlocked.CompareExchange(ref state, Closed, Open) == Open)
        {
            answer.TrySetResult(null);
        }
    }
}
