using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>"Membantu?" votes in the feedback table: anonymous by shape (no user or chat column).</summary>
internal sealed class PostgresFeedbackStore : IFeedbackStore
{
    private readonly PostgresDatabase database;

    public PostgresFeedbackStore(PostgresDatabase database)
    {
        this.database = database;
    }

    public Task AddAsync(Feedback feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO feedback (entry_id, intent, helpful, channel, language, at) VALUES (@entry_id, @intent, @helpful, @channel, @language, @at);",
                ct,
                ("entry_id", feedback.EntryId),
                ("intent", feedback.Intent),
                ("helpful", feedback.Helpful),
                ("channel", feedback.Channel),
                ("language", feedback.Language),
                ("at", PostgresDatabase.Utc(feedback.At))),
            cancellationToken);
    }

    public Task<IReadOnlyList<Feedback>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(
                connection,
                null,
                "SELECT entry_id, intent, helpful, channel, language, at FROM feedback WHERE (@since::timestamptz IS NULL OR at >= @since) ORDER BY at, id;",
                r => new Feedback(r.GetString(0), r.GetString(1), r.GetBoolean(2), r.GetString(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5)),
                ct,
                ("since", since is { } from ? PostgresDatabase.Utc(from) : null)),
            cancellationToken);
}
