namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// One FAQ entry in one language, with data placeholders already resolved. <see cref="Summary"/> and
/// <see cref="Body"/> may still hold date-aware tokens (<c>{{live.…}}</c>) that are rendered for the
/// date of the question by <see cref="LiveText"/>. <see cref="Prompt"/> is what the chat asks next
/// when the answer cannot be computed yet ("type your income"); it follows the summary in a chat answer
/// and is left out once the engine has computed the answer from what the person gave.
/// </summary>
public sealed record FaqEntry(
    string Id,
    Language Language,
    string Intent,
    string Title,
    IReadOnlyList<string> Questions,
    string Summary,
    string Body,
    IReadOnlyList<SourceRef> Sources,
    DateOnly Checked,
    Confidence Confidence,
    IReadOnlyList<string> Related,
    string Topic,
    string File,
    AnswerKind Kind = AnswerKind.Other,
    string? Prompt = null)
{
    public string Key => Id + "." + Language.Code();

    /// <summary>The summary and the prompt, as a chat answer shows them when nothing was computed.</summary>
    public string ChatSummary => Prompt is null ? Summary : Summary + " " + Prompt;
}
