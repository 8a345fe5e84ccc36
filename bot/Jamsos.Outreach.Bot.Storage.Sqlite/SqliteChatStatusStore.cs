using System.Globalization;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>Reachability of chats per channel in chat_status (schema migration 2).</summary>
internal sealed class SqliteChatStatusStore : IChatStatusStore
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider clock;

    public SqliteChatStatusStore(SqliteDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    public Task<IReadOnlyList<ChatStatusRecord>> ListAsync(string channel, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<ChatStatusRecord>>(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(connection, null, "SELECT chat_id, status, moved_to FROM chat_status WHERE channel = $channel AND status <> 'active';");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$channel", channel);
                    var rows = new List<ChatStatusRecord>();
                    var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(ct).ConfigureAwait(false))
                        {
                            rows.Add(new ChatStatusRecord(
                                long.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                                Enum.Parse<ChatStatus>(reader.GetString(1), ignoreCase: true),
                                reader.IsDBNull(2) ? null : long.Parse(reader.GetString(2), CultureInfo.InvariantCulture)));
                        }
                    }

                    return rows;
                }
            },
            cancellationToken);

    public Task SetAsync(string channel, ChatStatusRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var command = SqliteDatabase.Command(connection, transaction, """
                    INSERT INTO chat_status (channel, chat_id, status, moved_to, updated_at) VALUES ($channel, $chat, $status, $moved, $at)
                    ON CONFLICT (channel, chat_id) DO UPDATE SET status = excluded.status, moved_to = excluded.moved_to, updated_at = excluded.updated_at;
                    """);
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$channel", channel);
                    command.Parameters.AddWithValue("$chat", record.ChatId.ToString(CultureInfo.InvariantCulture));
                    command.Parameters.AddWithValue("$status", record.Status.ToString().ToLowerInvariant());
                    command.Parameters.AddWithValue("$moved", record.MovedTo is { } to ? to.ToString(CultureInfo.InvariantCulture) : DBNull.Value);
                    command.Parameters.AddWithValue("$at", SqliteTime.ToText(clock.GetUtcNow()));
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            durable: false,
            cancellationToken);
    }
}
