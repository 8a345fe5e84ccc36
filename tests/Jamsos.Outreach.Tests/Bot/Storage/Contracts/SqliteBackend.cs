using Jamsos.Outreach.Bot.Channels.Discord.Interactions;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>
/// The SQLite adapter on a temporary file; instance 1 is a second <see cref="SqliteDatabase"/> on the same
/// file (a second process would have its own). The command hashes of a single SQLite bot live in
/// Discord's files, so that is the store tested here for that port.
/// </summary>
public sealed class SqliteBackend : IStoreBackend
{
    private readonly TempDatabase temp = new();
    private readonly Dictionary<int, SqliteDatabase> instances = [];
    private readonly Dictionary<(int, Type), object> stores = [];

    public TestClock Clock { get; } = new(StorageSamples.Monday);

    public ISignUpStore SignUps(int instance = 0) => Store(instance, db => new SqliteSignUpStore(db));

    public IConversationStore Conversations(int instance = 0) => Store(instance, db => new SqliteConversationStore(db));

    public IFeedbackStore Feedback(int instance = 0) => Store(instance, db => new SqliteFeedbackStore(db));

    public IUnansweredStore Unanswered(int instance = 0) => Store(instance, db => new SqliteUnansweredStore(db));

    public IProcessedUpdateStore ProcessedUpdates(int instance = 0) => Store(instance, db => new SqliteProcessedUpdateStore(db, Clock));

    public IChatStatusStore ChatStatus(int instance = 0) => Store(instance, db => new SqliteChatStatusStore(db, Clock));

    public IBroadcastStore Broadcasts(int instance = 0) => Store(instance, db => new SqliteBroadcastStore(db, Clock));

    public ICommandHashStore CommandHashes(int instance = 0) => Store(instance, _ => new FileCommandHashStore(temp.Folder));

    public IPersonalDataStore PersonalData(int instance = 0) => Store(instance, db => new SqlitePersonalDataStore(db));

    public IAgentStore Agents(int instance = 0) => Store(instance, db => new SqliteAgentStore(db));

    public IPersonHashSaltStore PersonHashSalts(int instance = 0) => Store(instance, db => new SqlitePersonHashSaltStore(db, Clock));

    public IReminderStore Reminders(int instance = 0) => Store(instance, db => new SqliteReminderStore(db, Clock));

    public async Task BreakConversationDeletesAsync()
    {
        await temp.Database.CheckAsync();
        temp.Execute("CREATE TRIGGER no_conversation_deletes BEFORE DELETE ON conversations BEGIN SELECT RAISE(ABORT, 'deletes broken by the test'); END;");
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        temp.Dispose();
        return ValueTask.CompletedTask;
    }

    private T Store<T>(int instance, Func<SqliteDatabase, T> create)
        where T : class
    {
        lock (stores)
        {
            if (!instances.TryGetValue(instance, out var database))
            {
                database = instance == 0 ? temp.Database : temp.Open();
                instances[instance] = database;
            }

            if (!stores.TryGetValue((instance, typeof(T)), out var store))
            {
                store = create(database);
                stores[(instance, typeof(T))] = store;
            }

            return (T)store;
        }
    }
}
