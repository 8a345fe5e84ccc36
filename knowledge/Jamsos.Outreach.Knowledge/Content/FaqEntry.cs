namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// One FAQ entry in one language, with data placeholders already resolved. <see cref="Summary"/> and
/// <see cref="Body"/> may still hold date-aware tokens (<c>{{live.…}}</c>) that are rendered for the
/// date of the question by <see cref="LiveText"/>.
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
    AnswerKind Kind = AnswerKind.Other)
{
    public string Key => Id + "." + Language.Code();
}
