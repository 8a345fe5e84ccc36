using Jamsos.Outreach.Bot.Core.Buttons;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>A choice shown under a reply. <see cref="Payload"/> is versioned and short (see <see cref="PayloadCodec"/>).</summary>
public sealed record Button(string Label, string Payload)
{
    public Button(string label, Payload payload)
        : this(label, PayloadCodec.Encode(payload))
    {
    }
}
