using Jamsos.Outreach.Bot.Core.Buttons;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// A choice shown under a reply. <see cref="Payload"/> is versioned and short (see <see cref="PayloadCodec"/>).
/// A link button (<see cref="Link"/>) opens <see cref="Url"/> instead and sends nothing back: a URL button on
/// Telegram and Discord, a plain address line in the terminal.
/// </summary>
public sealed record Button(string Label, string Payload)
{
    public Button(string label, Payload payload)
        : this(label, PayloadCodec.Encode(payload))
    {
    }

    /// <summary>The web address a link button opens; null for a button that answers.</summary>
    public string? Url { get; init; }

    public bool IsLink => Url is not null;

    public static Button Link(string label, string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return new Button(label, string.Empty) { Url = url };
    }
}
