using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>Reachability of chats per channel in chat_status.</summary>
internal sealed class PostgresChatStatusStore : IChatStatusStore
{
    private readonly PostgresDatabase database;
    private readonly TimeProvider clock;

    public PostgresChatStatusStore(PostgresDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    public Task<IReadOnlyList<ChatStatusRecord>> ListAsync(string channel, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(
                connection,
                null,
                "SELECT chat_id, status, moved_to FROM chat_status WHERE channel = @channel AND status <> 'active' ORDER BY chat_id;",
                r => new ChatStatusRecord(r.GetInt64(0), Enum.Parse<ChatStatus>(r.GetString(1), ignoreCase: true), r.IsDBNull(2) ? null : r.GetInt64(2)),
                ct,
                ("channel", channel)),
            cancellationToken);

    public Task SetAsync(string channel, ChatStatusRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO chat_status (channel, chat_id, status, moved_to, updated_at) VALUES (@channel, @chat, @status, @moved, @at) " +
                "ON CONFLICT (channel, chat_id) DO UPDATE SET status = excluded.status, moved_to = excluded.moved_to, updated_at = excluded.updated_at;",
                ct,
                ("channel", channel),
                ("chat", record.ChatId),
                ("status", record.Status.ToString().ToLowerInvariant()),
                ("moved", record.MovedTo),
                ("at", PostgresDatabase.Utc(clock.GetUtcNow()))),
            cancellationToken);
    }
}
