using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>The conversation store against a real SQLite file.</summary>
public sealed class SqliteConversationStoreTests : IDisposable
{
    private readonly TempDatabase temp = new();
    private readonly SqliteConversationStore store;

    public SqliteConversationStoreTests()
    {
        store = new SqliteConversationStore(temp.Database);
    }

    [Fact]
    public async Task GetAsync_AfterSave_ReturnsTheSameState()
    {
        var state = Conversation();

        await store.SaveAsync(state);

        Assert.Equal(state, await store.GetAsync(state.Chat));
    }

    [Fact]
    public async Task GetAsync_NothingSaved_ReturnsNull()
    {
        var state = await store.GetAsync(new ChatKey("telegram", "404"));

        Assert.Null(state);
    }

    [Fact]
    public async Task SaveAsync_SameChatTwice_KeepsTheLatest()
    {
        var first = Conversation();
        var second = first with { Flow = Flow.Calculator, SignUp = null, UpdatedAt = Monday.AddMinutes(5) };

        await store.SaveAsync(first);
        await store.SaveAsync(second);

        Assert.Equal(second, await store.GetAsync(first.Chat));
    }

    [Fact]
    public async Task SaveAsync_SameChatTwice_KeepsOneRow()
    {
        await store.SaveAsync(Conversation());

        await store.SaveAsync(Conversation() with { UpdatedAt = Monday.AddMinutes(5) });

        Assert.Equal(1L, temp.Scalar("SELECT COUNT(*) FROM conversations;"));
    }

    [Fact]
    public async Task SaveAsync_SameChatIdOnOtherChannel_IsAnotherConversation()
    {
        await store.SaveAsync(Conversation(channel: "telegram"));

        await store.SaveAsync(Conversation(channel: "discord"));

        Assert.Equal(2L, temp.Scalar("SELECT COUNT(*) FROM conversations;"));
    }

    [Fact]
    public async Task DeleteAsync_SavedChat_GetReturnsNull()
    {
        var state = Conversation();
        await store.SaveAsync(state);

        await store.DeleteAsync(state.Chat);

        Assert.Null(await store.GetAsync(state.Chat));
    }

    [Fact]
    public async Task DeleteByUserAsync_TwoChatsOfUser_ReturnsTwo()
    {
        await store.SaveAsync(Conversation(chatId: "1", userId: "7"));
        await store.SaveAsync(Conversation(chatId: "2", userId: "7"));
        await store.SaveAsync(Conversation(chatId: "3", userId: "8"));

        var deleted = await store.DeleteByUserAsync("telegram", "7");

        Assert.Equal(2, deleted);
    }

    [Fact]
    public async Task DeleteByUserAsync_OtherUser_IsKept()
    {
        await store.SaveAsync(Conversation(chatId: "1", userId: "7"));
        await store.SaveAsync(Conversation(chatId: "3", userId: "8"));

        await store.DeleteByUserAsync("telegram", "7");

        Assert.NotNull(await store.GetAsync(new ChatKey("telegram", "3")));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"Flow\":\"Teleport\"}")]
    [InlineData("null")]
    [InlineData("[]")]
    public async Task GetAsync_UnreadableStateJson_ReturnsNull(string json)
    {
        var state = Conversation();
        await store.SaveAsync(state);
        using (var connection = temp.OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE conversations SET state_json = $json;";
            command.Parameters.AddWithValue("$json", json);
            command.ExecuteNonQuery();
        }

        var read = await store.GetAsync(state.Chat);

        Assert.Null(read);
    }

    [Fact]
    public async Task GetAsync_StateNamingAnotherChat_ReturnsNull()
    {
        var other = Conversation(chatId: "99");
        await store.SaveAsync(Conversation(chatId: "42"));
        using (var connection = temp.OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE conversations SET state_json = $json;";
            command.Parameters.AddWithValue("$json", ConversationStateJson.Serialize(other));
            command.ExecuteNonQuery();
        }

        var read = await store.GetAsync(new ChatKey("telegram", "42"));

        Assert.Null(read);
    }

    public void Dispose() => temp.Dispose();
}
