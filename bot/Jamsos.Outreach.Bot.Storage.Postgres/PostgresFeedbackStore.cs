using Jamsos.Outreach.Bot.Core.Storage;
using Npgsql;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// "Membantu?" votes in the feedback table: no user or chat column, only the person hash, unique per entry
/// (ux_feedback_entry_person), so a second press of the same person, at any instance, updates the vote.
/// </summary>
internal sealed class PostgresFeedbackStore : IFeedbackStore
{
    private const string Columns = "entry_id, intent, helpful, channel, language, at, person_hash";

    // Votes without a hash (stored before it was kept) are NULL, and NULLs never conflict in a unique index.
    private const string UpsertSql =
        "INSERT INTO feedback (" + Columns + ") VALUES (@entry_id, @intent, @helpful, @channel, @language, @at, @person_hash) " +
        "ON CONFLICT (entry_id, person_hash) DO UPDATE SET intent = EXCLUDED.intent, helpful = EXCLUDED.helpful, " +
        "channel = EXCLUDED.channel, language = EXCLUDED.language, at = EXCLUDED.at;";

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
                UpsertSql,
                ct,
                ("entry_id", feedback.EntryId),
                ("intent", feedback.Intent),
                ("helpful", feedback.Helpful),
                ("channel", feedback.Channel),
                ("language", feedback.Language),
                ("at", PostgresDatabase.Utc(feedback.At)),
                ("person_hash", feedback.PersonHash)),
            cancellationToken);
    }

    public Task<IReadOnlyList<Feedback>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(
                connection,
                null,
                "SELECT " + Columns + " FROM feedback WHERE (@since::timestamptz IS NULL OR at >= @since) ORDER BY at, id;",
                r => new Feedback(r.GetString(0), r.GetString(1), r.GetBoolean(2), r.GetString(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5), r.IsDBNull(6) ? null : r.GetString(6)),
                ct,
                ("since", since is { } from ? PostgresDatabase.Utc(from) : null)),
            cancellationToken);

    /// <summary>How many votes a person has (/datasaya).</summary>
    internal static async Task<int> CountByPersonAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string personHash, CancellationToken cancellationToken)
    {
        var rows = await PostgresDatabase.QueryAsync(connection, transaction, "SELECT COUNT(*) FROM feedback WHERE person_hash = @person_hash;", r => r.GetInt64(0), cancellationToken, ("person_hash", personHash)).ConfigureAwait(false);
        return (int)rows[0];
    }

    /// <summary>Deletes a person's votes inside a caller's transaction (the /hapus erase).</summary>
    internal static Task<int> DeleteByPersonAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string personHash, CancellationToken cancellationToken) =>
        PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM feedback WHERE person_hash = @person_hash;", cancellationToken, ("person_hash", personHash));
}
