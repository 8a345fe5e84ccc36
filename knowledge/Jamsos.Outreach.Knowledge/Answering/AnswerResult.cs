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

    /// <summary>The sector this turn stated or inherited (for the next turn's context).</summary>
    public Sector? Sector { get; init; }

    /// <summary>The monthly income this turn stated or inherited (for the next turn's context).</summary>
    public decimal? Income { get; init; }

    /// <summary>
    /// True when an income was given but the sector changes the amount on this date and is not known:
    /// the text asks for it, and a chat offers two buttons (transport, other) instead of assuming.
    /// </summary>
    public bool NeedsSector { get; init; }

    /// <summary>
    /// A death or an accident the message reports as having happened (not a question about them in
    /// general): a chat opens with sympathy and offers the next steps. <see cref="Crisis.None"/> otherwise.
    /// </summary>
    public Crisis Crisis { get; init; }

    /// <summary>
    /// The rest of a long answer, screen by screen, after <see cref="Text"/> (the first screen): shown one at
    /// a time behind "Selengkapnya". Empty when the answer fits one screen.
    /// </summary>
    public IReadOnlyList<string> More { get; init; } = [];

    /// <summary>
    /// True when <see cref="More"/> is the entry's own answer from its start (after a computed figure, "Selengkapnya"
    /// opens at screen 0); false when it continues the text of <see cref="Text"/> (screen 1 on).
    /// </summary>
    public bool MoreFromStart { get; init; }

    /// <summary>The entry's page on the FAQ site (Site:BaseUrl); null when no site address is set or the site does not publish the entry.</summary>
    public string? PageUrl { get; init; }

    /// <summary>The site calculator opened on a computed figure (Site:BaseUrl); null without a figure or a site address.</summary>
    public string? CalculatorUrl { get; init; }

    /// <summary>
    /// Beside an answer, what it offers next as buttons: the two entries the ranker put after it, so when the answer was
    /// not the entry meant, or the message asked two things, the other is one press away; after a reported death or
    /// accident, the crisis path's steps instead (<see cref="CrisisTexts.Steps"/>). The answer and the first two are
    /// what evaluation counts as its top 3.
    /// </summary>
    public IReadOnlyList<Suggestion> Related { get; init; } = [];
}
