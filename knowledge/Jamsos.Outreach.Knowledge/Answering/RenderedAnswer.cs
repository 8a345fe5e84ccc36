namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>A chat answer's first screen and the screens after it (empty when it fits one).</summary>
internal sealed record RenderedAnswer(string Text, IReadOnlyList<string> More);
