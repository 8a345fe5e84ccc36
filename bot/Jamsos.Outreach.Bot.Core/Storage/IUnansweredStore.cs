namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Questions that fell below the confidence threshold, for the content editors. No user id: each carries
/// the person hash (<see cref="Privacy.IPersonHasher"/>) so /hapus can remove a person's questions and
/// /datasaya can show them; numbers, e-mail addresses and introduced names are masked before storing
/// (<see cref="Text.PersonalDataMask"/>). Kept for Bot:UnansweredRetention, then pruned.
/// </summary>
public interface IUnansweredStore
{
    Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the questions asked before <paramref name="before"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}

/// <summary>
/// One question the engine was not sure about, with its best-guess intent. <paramref name="PersonHash"/> is
/// the asker's person hash (null for questions stored before it was kept); <paramref name="Referrer"/> is the
/// agent's code when the chat was opened through an agent's link (<c>agent stats</c>): a code many people
/// share, never the person.
/// </summary>
public sealed record UnansweredQuestion(string Question, string Intent, double Confidence, string Language, string Channel, DateTimeOffset At, string? PersonHash = null, string? Referrer = null);
