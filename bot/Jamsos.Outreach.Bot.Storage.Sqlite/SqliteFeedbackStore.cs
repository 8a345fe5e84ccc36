using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>"Membantu?" votes in the feedback table: anonymous by shape (no user or chat column).</summary>
internal sealed class SqliteFeedbackStore : IFeedbackStore
{
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
                var command = SqliteDatabase.Command(
                    connection,
                    transaction,
                    "INSERT INTO feedback (entry_id, intent, helpful, channel, language, at) VALUES ($entry_id, $intent, $helpful, $channel, $language, $at);");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$entry_id", feedback.EntryId);
                    command.Parameters.AddWithValue("$intent", feedback.Intent);
                    command.Parameters.AddWithValue("$helpful", feedback.Helpful ? 1 : 0);
                    command.Parameters.AddWithValue("$channel", feedback.Channel);
                    command.Parameters.AddWithValue("$language", feedback.Language);
                    command.Parameters.AddWithValue("$at", SqliteTime.ToText(feedback.At));
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
                        ? "SELECT entry_id, intent, helpful, channel, language, at FROM feedback ORDER BY at, id;"
                        : "SELECT entry_id, intent, helpful, channel, language, at FROM feedback WHERE at >= $since ORDER BY at, id;");
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
                                SqliteTime.Parse(reader.GetString(5), "feedback", "at")));
                        }

                        return list;
                    }
                }
            },
            cancellationToken);
}
