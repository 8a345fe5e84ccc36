using System.Collections.Concurrent;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;

/// <summary>
/// The seam that lets the gateway's handlers answer HTTP interactions unchanged: the endpoint opens a slot
/// for the interaction id before routing it, and <see cref="InteractionResponder"/> offers every initial
/// response here first. An open slot takes it as the HTTP reply's body; with no slot (the gateway path)
/// the responder sends the callback over REST as before. Edits and follow-ups always go over REST.
/// </summary>
internal sealed class InlineCallbacks
{
    private readonly ConcurrentDictionary<string, InlineSlot> pending = new(StringComparer.Ordinal);

    /// <summary>A slot for <paramref name="interactionId"/>; null when one is open already (the same request again).</summary>
    public InlineSlot? Open(string interactionId)
    {
        var slot = new InlineSlot();
        return pending.TryAdd(interactionId, slot) ? slot : null;
    }

    /// <summary>True while an HTTP request waits for this interaction's initial response.</summary>
    public bool IsInline(string interactionId) => pending.ContainsKey(interactionId);

    public InlineAnswer TryAnswer(string interactionId, byte[] json)
    {
        if (!pending.TryGetValue(interactionId, out var slot))
        {
            return InlineAnswer.NotInline;
        }

        if (slot.TryAnswer(json))
        {
            return InlineAnswer.Answered;
        }

        return slot.WasDeferred ? InlineAnswer.AlreadyDeferred : InlineAnswer.NotInline;
    }

    /// <summary>The handler has finished: an unanswered slot completes empty, and the id is forgotten.</summary>
    public void Close(string interactionId)
    {
        if (pending.TryRemove(interactionId, out var slot))
        {
            slot.Close();
        }
    }
}
