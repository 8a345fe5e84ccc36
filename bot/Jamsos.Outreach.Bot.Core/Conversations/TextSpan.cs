namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// A piece of reply text. Channels render spans into their own markup and escape <see cref="Text"/>
/// themselves, so text that came from a person (a name with HTML in it) can never become markup.
/// </summary>
public sealed record TextSpan(TextSpanKind Kind, string Text, string? Url = null);

public enum TextSpanKind
{
    Plain,
    Bold,
    Link,
    LineBreak,
}
