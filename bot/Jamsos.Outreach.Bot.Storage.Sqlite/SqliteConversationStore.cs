using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>Dialogue state per chat as JSON (<see cref="ConversationStateJson"/>) in the conversations table.</summary>
internal sealed class SqliteConversationStore : IConversationStore
{
    private const string SaveSql =
        "INSERT INTO conversations (channel, chat_id, user_id, state_json, updated_at) VALUES ($channel, $chat_id, $user_id, $state_json, $updated_at) " +
        "ON CONFLICT (channel, chat_id) DO UPDATE SET user_id = excluded.user_id, state_json = excluded.state_json, updated_at = excluded.updated_at;";

    private readonly SqliteDatabase database;

    public SqliteConversationStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public async Task<ConversationState?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default)
    {
        var json = await database.ReadAsync(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(connection, null, "SELECT state_json FROM conversations WHERE channel = $channel AND chat_id = $chat_id;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$channel", chat.Channel);
                    command.Parameters.AddWithValue("$chat_id", chat.ChatId);
                    return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
                }
            },
            cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return null;
        }

        // Unreadable JSON (an older or newer bot wrote it) or a state that names another chat is treated
        // as no state: the chat starts over, which is the only safe reading of a half-understood form.
        var state = ConversationStateJson.Deserialize(json);
        return state is not null && state.Chat == chat && state.UserId is not null ? state : null;
    }

    public Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var json = ConversationStateJson.Serialize(state);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var command = SqliteDatabase.Command(connection, transaction, SaveSql);
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$channel", state.Chat.Channel);
                    command.Parameters.AddWithValue("$chat_id", state.Chat.ChatId);
                    command.Parameters.AddWithValue("$user_id", state.UserId);
                    command.Parameters.AddWithValue("$state_json", json);
                    command.Parameters.AddWithValue("$updated_at", SqliteTime.ToText(state.UpdatedAt));
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            durable: false, cancellationToken);
    }

    public Task DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var command = SqliteDatabase.Command(connection, transaction, "DELETE FROM conversations WHERE channel = $channel AND chat_id = $chat_id;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$channel", chat.Channel);
                    command.Parameters.AddWithValue("$chat_id", chat.ChatId);
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            durable: false, cancellationToken);

    public Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var command = SqliteDatabase.Command(connection, transaction, "DELETE FROM conversations WHERE channel = $channel AND user_id = $user_id;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$channel", channel);
                    command.Parameters.AddWithValue("$user_id", userId);
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            durable: false, cancellationToken);
    }
}
