namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// What the engine answers: rich text, rows of buttons, what input comes next, and an optional file.
/// <see cref="None"/> means stay silent (a group message not addressed to the bot, a flood).
/// <see cref="Toast"/> is a short note for a button press, shown where the channel has one (Telegram's
/// answer to the callback query); it is shown even when the reply itself is <see cref="None"/>.
/// </summary>
public sealed record Reply(
    RichText Text,
    IReadOnlyList<IReadOnlyList<Button>> Buttons,
    InputKind Expects = InputKind.None,
    Attachment? Attachment = null,
    bool Private = false,
    string? Toast = null)
{
    public static readonly Reply None = new(new RichText(), []);

    public bool IsNone => Text.Spans.Count == 0 && Attachment is null;

    public IEnumerable<Button> AllButtons => Buttons.SelectMany(row => row);

    public static Reply Of(RichText text, params IReadOnlyList<Button>[] rows) => new(text, rows);

    public static Reply Of(string text, params IReadOnlyList<Button>[] rows) => new(RichText.From(text), rows);
}
