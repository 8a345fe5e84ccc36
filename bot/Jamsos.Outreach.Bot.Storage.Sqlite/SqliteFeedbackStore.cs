using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// "Membantu?" votes in the feedback table: no user or chat column, only the person hash, unique per entry
/// (ux_feedback_entry_person), so a second press of the same person updates the vote.
/// </summary>
internal sealed class SqliteFeedbackStore : IFeedbackStore
{
    private const string Columns = "entry_id, intent, helpful, channel, language, at, person_hash";

    // Votes without a hash (stored before it was kept) are NULL, and NULLs never conflict in a unique index.
    private const string UpsertSql =
        "INSERT INTO feedback (" + Columns + ") VALUES ($entry_id, $intent, $helpful, $channel, $language, $at, $person_hash) " +
        "ON CONFLICT (entry_id, person_hash) DO UPDATE SET intent = excluded.intent, helpful = excluded.helpful, " +
        "channel = excluded.channel, language = excluded.language, at = excluded.at;";

    private readonly SqliteDatabase database;

    public SqliteFeedbackStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public Task AddAsync(Feedback feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var command = SqliteDatabase.Command(connection, transaction, UpsertSql);
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$entry_id", feedback.EntryId);
                    command.Parameters.AddWithValue("$intent", feedback.Intent);
                    command.Parameters.AddWithValue("$helpful", feedback.Helpful ? 1 : 0);
                    command.Parameters.AddWithValue("$channel", feedback.Channel);
                    command.Parameters.AddWithValue("$language", feedback.Language);
                    command.Parameters.AddWithValue("$at", SqliteTime.ToText(feedback.At));
                    command.Parameters.AddWithValue("$person_hash", (object?)feedback.PersonHash ?? DBNull.Value);
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            durable: false, cancellationToken);
    }

    public Task<IReadOnlyList<Feedback>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<Feedback>>(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(
                    connection,
                    null,
                    since is null
                        ? "SELECT " + Columns + " FROM feedback ORDER BY at, id;"
                        : "SELECT " + Columns + " FROM feedback WHERE at >= $since ORDER BY at, id;");
                await using (command.ConfigureAwait(false))
                {
                    if (since is { } from)
                    {
                        command.Parameters.AddWithValue("$since", SqliteTime.ToText(from));
                    }

                    var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        var list = new List<Feedback>();
                        while (await reader.ReadAsync(ct).ConfigureAwait(false))
                        {
                            list.Add(new Feedback(
                                reader.GetString(0),
                                reader.GetString(1),
                                reader.GetInt64(2) != 0,
                                reader.GetString(3),
                                reader.GetString(4),
                                SqliteTime.Parse(reader.GetString(5), "feedback", "at"),
                                reader.IsDBNull(6) ? null : reader.GetString(6)));
                        }

                        return list;
                    }
                }
            },
            cancellationToken);

    /// <summary>How many votes a person has (/datasaya).</summary>
    internal static async Task<int> CountByPersonAsync(SqliteConnection connection, string personHash, CancellationToken cancellationToken)
    {
        var count = SqliteDatabase.Command(connection, null, "SELECT COUNT(*) FROM feedback WHERE person_hash = $person_hash;");
        await using (count.ConfigureAwait(false))
        {
            count.Parameters.AddWithValue("$person_hash", personHash);
            return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Deletes a person's votes inside a caller's transaction (the /hapus erase).</summary>
    internal static async Task<int> DeleteByPersonAsync(SqliteConnection connection, SqliteTransaction transaction, string personHash, CancellationToken cancellationToken)
    {
        var delete = SqliteDatabase.Command(connection, transaction, "DELETE FROM feedback WHERE person_hash = $person_hash;");
        await using (delete.ConfigureAwait(false))
        {
            delete.Parameters.AddWithValue("$person_hash", personHash);
            return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
