namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>"Membantu?" answers: anonymous (no user id), per entry.</summary>
public interface IFeedbackStore
{
    Task AddAsync(Feedback feedback, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Feedback>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default);
}

/// <summary>One feedback vote.</summary>
public sealed record Feedback(string EntryId, string Intent, bool Helpful, string Channel, string Language, DateTimeOffset At);
