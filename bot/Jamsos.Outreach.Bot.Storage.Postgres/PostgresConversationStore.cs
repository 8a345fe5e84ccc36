using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Npgsql;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// Dialogue state per chat as JSON in the conversations table, with a version every save advances. A
/// versioned save is one conditional statement (insert if absent, update if the version still matches),
/// so two instances can never both replace the same version: the server decides, and the loser gets
/// <see cref="ConcurrencyConflictException"/>.
/// </summary>
internal sealed class PostgresConversationStore : IConversationStore
{
    private const string SaveSql =
        "INSERT INTO conversations (channel, chat_id, user_id, state_json, updated_at, version) VALUES (@channel, @chat_id, @user_id, @state_json, @updated_at, 1) " +
        "ON CONFLICT (channel, chat_id) DO UPDATE SET user_id = excluded.user_id, state_json = excluded.state_json, updated_at = excluded.updated_at, version = conversations.version + 1;";

    private const string InsertNewSql =
        "INSERT INTO conversations (channel, chat_id, user_id, state_json, updated_at, version) VALUES (@channel, @chat_id, @user_id, @state_json, @updated_at, 1) " +
        "ON CONFLICT (channel, chat_id) DO NOTHING;";

    private const string UpdateIfSql =
        "UPDATE conversations SET user_id = @user_id, state_json = @state_json, updated_at = @updated_at, version = version + 1 " +
        "WHERE channel = @channel AND chat_id = @chat_id AND version = @expected;";

    private readonly PostgresDatabase database;

    public PostgresConversationStore(PostgresDatabase database)
    {
        this.database = database;
    }

    public async Task<ConversationState?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default) =>
        (await LoadAsync(chat, cancellationToken).ConfigureAwait(false)).State;

    public async Task<StoredConversation> LoadAsync(ChatKey chat, CancellationToken cancellationToken = default)
    {
        var rows = await database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(
                connection,
                null,
                "SELECT state_json, version FROM conversations WHERE channel = @channel AND chat_id = @chat_id;",
                r => (Json: r.GetString(0), Version: r.GetInt64(1)),
                ct,
                ("channel", chat.Channel),
                ("chat_id", chat.ChatId)),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? StoredConversation.None : new StoredConversation(ConversationStateReader.Read(rows[0].Json, chat), rows[0].Version);
    }

    public Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        return database.WriteAsync((connection, transaction, ct) => WriteStateAsync(connection, transaction, SaveSql, state, null, ct), cancellationToken);
    }

    public Task<long> SaveAsync(ConversationState state, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var changed = expectedVersion == 0
                    ? await WriteStateAsync(connection, transaction, InsertNewSql, state, null, ct).ConfigureAwait(false)
                    : await WriteStateAsync(connection, transaction, UpdateIfSql, state, expectedVersion, ct).ConfigureAwait(false);
                return changed == 1 ? expectedVersion + 1 : throw new ConcurrencyConflictException();
            },
            cancellationToken);
    }

    public Task DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM conversations WHERE channel = @channel AND chat_id = @chat_id;", ct, ("channel", chat.Channel), ("chat_id", chat.ChatId)),
            cancellationToken);

    public Task DeleteAsync(ChatKey chat, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var deleted = expectedVersion == 0 ? 0 : await PostgresDatabase.ExecuteAsync(
                    connection,
                    transaction,
                    "DELETE FROM conversations WHERE channel = @channel AND chat_id = @chat_id AND version = @expected;",
                    ct,
                    ("channel", chat.Channel),
                    ("chat_id", chat.ChatId),
                    ("expected", expectedVersion)).ConfigureAwait(false);
                if (deleted == 1)
                {
                    return deleted;
                }

                // Nothing deleted: a state saved since is a conflict; no state at all (never saved, or already
                // erased, e.g. by /hapus in the same turn) is what the delete wanted.
                var rows = await PostgresDatabase.QueryAsync(connection, transaction, "SELECT 1 FROM conversations WHERE channel = @channel AND chat_id = @chat_id;", _ => 1, ct, ("channel", chat.Channel), ("chat_id", chat.ChatId)).ConfigureAwait(false);
                return rows.Count == 0 ? 0 : throw new ConcurrencyConflictException();
            },
            cancellationToken);
    }

    public Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        return database.WriteAsync((connection, transaction, ct) => DeleteByUserAsync(connection, transaction, channel, userId, ct), cancellationToken);
    }

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM conversations WHERE updated_at < @before;", ct, ("before", PostgresDatabase.Utc(before))),
            cancellationToken);

    /// <summary>The delete inside a caller's transaction (the /hapus erase).</summary>
    internal static Task<int> DeleteByUserAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string channel, string userId, CancellationToken cancellationToken) =>
        PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM conversations WHERE channel = @channel AND user_id = @user_id;", cancellationToken, ("channel", channel), ("user_id", userId));

    private static Task<int> WriteStateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, ConversationState state, long? expected, CancellationToken cancellationToken)
    {
        (string, object?)[] parameters =
        [
            ("channel", state.Chat.Channel), ("chat_id", state.Chat.ChatId), ("user_id", state.UserId),
            ("state_json", ConversationStateJson.Serialize(state)), ("updated_at", PostgresDatabase.Utc(state.UpdatedAt)),
        ];
        return PostgresDatabase.ExecuteAsync(connection, transaction, sql, cancellationToken, expected is { } version ? [.. parameters, ("expected", version)] : parameters);
    }
}
