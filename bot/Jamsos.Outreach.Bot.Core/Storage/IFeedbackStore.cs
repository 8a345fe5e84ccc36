namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// "Membantu?" answers, per entry. No user id: a vote carries the voter's person hash
/// (<see cref="Privacy.IPersonHasher"/>), only so that one person has one vote per entry and /hapus can
/// remove their votes.
/// </summary>
public interface IFeedbackStore
{
    /// <summary>
    /// Records a vote. A later vote of the same person (same hash) on the same entry replaces the earlier
    /// one: pressing the button again changes the vote instead of adding one.
    /// </summary>
    Task AddAsync(Feedback feedback, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Feedback>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default);
}

/// <summary>One feedback vote; <paramref name="PersonHash"/> is null for votes stored before it was kept.</summary>
public sealed record Feedback(string EntryId, string Intent, bool Helpful, string Channel, string Language, DateTimeOffset At, string? PersonHash = null);
