using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// The engine's answer to one message. <see cref="Intent"/> is always set (the best guess, or
/// <c>unknown</c> for an empty message) so unanswered questions can be grouped; <see cref="EntryId"/> is
/// null when the engine was not sure, and then <see cref="Suggestions"/> holds the closest entries.
/// <see cref="Text"/> is plain text built only from our content (the question is never echoed).
/// </summary>
public sealed record AnswerResult(
    string Question,
    string Intent,
    string? EntryId,
    double Confidence,
    string Text,
    IReadOnlyList<Suggestion> Suggestions,
    Language Language,
    ContributionQuote? Quote)
{
    public bool Answered => EntryId is not null;
}
