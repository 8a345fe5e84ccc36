namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Questions that fell below the confidence threshold, for the content editors. Anonymous; long digit
/// runs (NIK, phone numbers) are masked before storing.
/// </summary>
public interface IUnansweredStore
{
    Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// One question the engine was not sure about, with its best-guess intent. <see cref="Referrer"/> is the
/// agent's code when the chat was opened through an agent's link (<c>agent stats</c>): a code many people
/// share, never the person.
/// </summary>
public sealed record UnansweredQuestion(string Question, string Intent, double Confidence, string Language, string Channel, DateTimeOffset At, string? Referrer = null);
