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

/// <summary>One question the engine was not sure about, with its best-guess intent.</summary>
public sealed record UnansweredQuestion(string Question, string Intent, double Confidence, string Language, string Channel, DateTimeOffset At);
