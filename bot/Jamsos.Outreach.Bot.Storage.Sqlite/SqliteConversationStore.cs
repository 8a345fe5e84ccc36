using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// Dialogue state per chat as JSON (<see cref="ConversationStateJson"/>) in the conversations table, with
/// a version (schema migration 3) that every save advances, so a versioned save is a compare-and-set.
/// </summary>
internal sealed class SqliteConversationStore : IConversationStore
{
    private const string SaveSql =
        "INSERT INTO conversations (channel, chat_id, user_id, state_json, updated_at, version) VALUES ($channel, $chat_id, $user_id, $state_json, $updated_at, 1) " +
        "ON CONFLICT (channel, chat_id) DO UPDATE SET user_id = excluded.user_id, state_json = excluded.state_json, updated_at = excluded.updated_at, version = conversations.version + 1;";

    private const string InsertNewSql =
        "INSERT INTO conversations (channel, chat_id, user_id, state_json, updated_at, version) VALUES ($channel, $chat_id, $user_id, $state_json, $updated_at, 1) " +
        "ON CONFLICT (channel, chat_id) DO NOTHING;";

    private const string UpdateIfSql =
        "UPDATE conversations SET user_id = $user_id, state_json = $state_json, updated_at = $updated_at, version = version + 1 " +
        "WHERE channel = $channel AND chat_id = $chat_id AND version = $expected;";

    private readonly SqliteDatabase database;

    public SqliteConversationStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public async Task<ConversationState?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default) =>
        (await LoadAsync(chat, cancellationToken).ConfigureAwait(false)).State;

    public async Task<StoredConversation> LoadAsync(ChatKey chat, CancellationToken cancellationToken = default)
    {
        var row = await database.ReadAsync(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(connection, null, "SELECT state_json, version FROM conversations WHERE channel = $channel AND chat_id = $chat_id;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$channel", chat.Channel);
                    command.Parameters.AddWithValue("$chat_id", chat.ChatId);
                    var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        return await reader.ReadAsync(ct).ConfigureAwait(false) ? (Json: reader.GetString(0), Version: reader.GetInt64(1)) : (Json: (string?)null, Version: 0L);
                    }
                }
            },
            cancellationToken).ConfigureAwait(false);
        return row.Json is null ? StoredConversation.None : new StoredConversation(ConversationStateReader.Read(row.Json, chat), row.Version);
    }

    public Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var json = ConversationStateJson.Serialize(state);
        return database.WriteAsync((connection, transaction, ct) => WriteStateAsync(connection, transaction, SaveSql, state, json, null, ct), durable: false, cancellationToken);
    }

    public Task<long> SaveAsync(ConversationState state, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var json = ConversationStateJson.Serialize(state);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var changed = expectedVersion == 0
                    ? await WriteStateAsync(connection, transaction, InsertNewSql, state, json, null, ct).ConfigureAwait(false)
                    : await WriteStateAsync(connection, transaction, UpdateIfSql, state, json, expectedVersion, ct).ConfigureAwait(false);
                return changed == 1 ? expectedVersion + 1 : throw new ConcurrencyConflictException();
            },
            durable: false,
            cancellationToken);
    }

    public Task DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => DeleteRowAsync(connection, transaction, chat, null, ct),
            durable: false,
            cancellationToken);

    public Task DeleteAsync(ChatKey chat, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var deleted = expectedVersion == 0 ? 0 : await DeleteRowAsync(connection, transaction, chat, expectedVersion, ct).ConfigureAwait(false);
                if (deleted == 1)
                {
                    return deleted;
                }

                // Nothing deleted: a state saved since is a conflict; no state at all (never saved, or already
                // erased, e.g. by /hapus in the same turn) is what the delete wanted.
                var exists = await CountAsync(connection, transaction, chat, ct).ConfigureAwait(false);
                return exists == 0 ? 0 : throw new ConcurrencyConflictException();
            },
            durable: false,
            cancellationToken);
    }

    public Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        return database.WriteAsync((connection, transaction, ct) => DeleteByUserAsync(connection, transaction, channel, userId, ct), durable: false, cancellationToken);
    }

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                // updated_at is fixed-width UTC text (SqliteTime), so text order is time order and the index serves.
                var command = SqliteDatabase.Command(connection, transaction, "DELETE FROM conversations WHERE updated_at < $before;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$before", SqliteTime.ToText(before));
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            durable: false,
            cancellationToken);

    /// <summary>The delete of <see cref="DeleteByUserAsync(string, string, CancellationToken)"/> inside a caller's transaction (the /hapus erase).</summary>
    internal static async Task<int> DeleteByUserAsync(SqliteConnection connection, SqliteTransaction transaction, string channel, string userId, CancellationToken cancellationToken)
    {
        var command = SqliteDatabase.Command(connection, transaction, "DELETE FROM conversations WHERE channel = $channel AND user_id = $user_id;");
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user_id", userId);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> WriteStateAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, ConversationState state, string json, long? expected, CancellationToken cancellationToken)
    {
        var command = SqliteDatabase.Command(connection, transaction, sql);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("$channel", state.Chat.Channel);
            command.Parameters.AddWithValue("$chat_id", state.Chat.ChatId);
            command.Parameters.AddWithValue("$user_id", state.UserId);
            command.Parameters.AddWithValue("$state_json", json);
            command.Parameters.AddWithValue("$updated_at", SqliteTime.ToText(state.UpdatedAt));
            if (expected is { } version)
            {
                command.Parameters.AddWithValue("$expected", version);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> DeleteRowAsync(SqliteConnection connection, SqliteTransaction transaction, ChatKey chat, long? expected, CancellationToken cancellationToken)
    {
        var command = SqliteDatabase.Command(
            connection,
            transaction,
            expected is null
                ? "DELETE FROM conversations WHERE channel = $channel AND chat_id = $chat_id;"
                : "DELETE FROM conversations WHERE channel = $channel AND chat_id = $chat_id AND version = $expected;");
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("$channel", chat.Channel);
            command.Parameters.AddWithValue("$chat_id", chat.ChatId);
            if (expected is { } version)
            {
                command.Parameters.AddWithValue("$expected", version);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<long> CountAsync(SqliteConnection connection, SqliteTransaction transaction, ChatKey chat, CancellationToken cancellationToken)
    {
        var command = SqliteDatabase.Command(connection, transaction, "SELECT COUNT(*) FROM conversations WHERE channel = $channel AND chat_id = $chat_id;");
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("$channel", chat.Channel);
            command.Parameters.AddWithValue("$chat_id", chat.ChatId);
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }
}
