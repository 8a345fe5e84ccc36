namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// What the engine answers: rich text, rows of buttons, what input comes next, and an optional file.
/// <see cref="None"/> means stay silent (a group message not addressed to the bot, a flood).
/// </summary>
public sealed record Reply(
    RichText Text,
    IReadOnlyList<IReadOnlyList<Button>> Buttons,
    InputKind Expects = InputKind.None,
    Attachment? Attachment = null,
    bool Private = false)
{
    public static readonly Reply None = new(new RichText(), []);

    public bool IsNone => Text.Spans.Count == 0 && Attachment is null;

    public IEnumerable<Button> AllButtons => Buttons.SelectMany(row => row);

    public static Reply Of(RichText text, params IReadOnlyList<Button>[] rows) => new(text, rows);

    public static Reply Of(string text, params IReadOnlyList<Button>[] rows) => new(RichText.From(text), rows);
}
