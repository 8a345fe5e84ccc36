namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>A chat answer's first screen and the screens after it (empty when it fits one).</summary>
internal sealed record RenderedAnswer(string Text, IReadOnlyList<string> More)
{
    /// <summary>The first screen without the entry's prompt and opening line: how it reads as a later screen of a computed answer.</summary>
    public string Unprompted { get; init; } = Text;

    /// <summary>
    /// True when <see cref="More"/> is the entry's own answer from its start (after a computed figure), false
    /// when it continues the text already shown.
    /// </summary>
    public bool FromStart { get; init; }
}
