using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>Migration 3 on a database written by the bot before it: chat states survive and start at version 1.</summary>
public sealed class SqliteConversationVersionMigrationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "jamsos-outreach-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task LoadAsync_StateSavedBeforeMigration3_ReadsItAtVersionOne()
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "old.db");
        var state = Conversation();
        WriteVersion2Database(path, state);
        using var database = new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = path }));

        var stored = await new SqliteConversationStore(database).LoadAsync(state.Chat);

        Assert.Equal(new StoredConversation(state, 1), stored);
    }

    private static void WriteVersion2Database(string path, ConversationState state)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL);" +
            SchemaMigrations.All[0] + SchemaMigrations.All[1] +
            "INSERT INTO schema_version VALUES (1, '2026-11-01T00:00:00.0000000Z'), (2, '2026-11-02T00:00:00.0000000Z');" +
            "INSERT INTO conversations (channel, chat_id, user_id, state_json, updated_at) VALUES ($channel, $chat, $user, $json, '2026-11-23T03:00:00.0000000Z');";
        command.Parameters.AddWithValue("$channel", state.Chat.Channel);
        command.Parameters.AddWithValue("$chat", state.Chat.ChatId);
        command.Parameters.AddWithValue("$user", state.UserId);
        command.Parameters.AddWithValue("$json", ConversationStateJson.Serialize(state));
        command.ExecuteNonQuery();
    }
}
