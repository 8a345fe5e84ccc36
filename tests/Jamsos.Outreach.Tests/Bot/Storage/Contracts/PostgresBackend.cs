using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Postgres;
using Jamsos.Outreach.Tests.Support;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The PostgreSQL adapter on a fresh database of the test server; instance 1 has its own data source and pool.</summary>
public sealed class PostgresBackend : IStoreBackend
{
    private readonly TempPostgresDatabase temp;
    private readonly Dictionary<int, PostgresDatabase> instances = [];
    private readonly Dictionary<(int, Type), object> stores = [];

    private PostgresBackend(TempPostgresDatabase temp)
    {
        this.temp = temp;
    }

    public TestClock Clock { get; } = new(StorageSamples.Monday);

    public static async Task<IStoreBackend> CreateAsync() => new PostgresBackend(await TempPostgresDatabase.CreateAsync());

    public ISignUpStore SignUps(int instance = 0) => Store(instance, db => new PostgresSignUpStore(db));

    public IConversationStore Conversations(int instance = 0) => Store(instance, db => new PostgresConversationStore(db));

    public IFeedbackStore Feedback(int instance = 0) => Store(instance, db => new PostgresFeedbackStore(db));

    public IUnansweredStore Unanswered(int instance = 0) => Store(instance, db => new PostgresUnansweredStore(db));

    public IProcessedUpdateStore ProcessedUpdates(int instance = 0) => Store(instance, db => new PostgresProcessedUpdateStore(db, Clock));

    public IChatStatusStore ChatStatus(int instance = 0) => Store(instance, db => new PostgresChatStatusStore(db, Clock));

    public IBroadcastStore Broadcasts(int instance = 0) => Store(instance, db => new PostgresBroadcastStore(db, Clock));

    public ICommandHashStore CommandHashes(int instance = 0) => Store(instance, db => new PostgresCommandHashStore(db, Clock));

    public IPersonalDataStore PersonalData(int instance = 0) => Store(instance, db => new PostgresPersonalDataStore(db));

    public IAgentStore Agents(int instance = 0) => Store(instance, db => new PostgresAgentStore(db));

    public IPersonHashSaltStore PersonHashSalts(int instance = 0) => Store(instance, db => new PostgresPersonHashSaltStore(db));

    public IReminderStore Reminders(int instance = 0) => Store(instance, db => new PostgresReminderStore(db, Clock));

    public async Task BreakConversationDeletesAsync()
    {
        await Store(0, db => db).CheckAsync();
        await temp.ExecuteAsync(
            "CREATE FUNCTION no_deletes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'deletes broken by the test'; END $$;" +
            "CREATE TRIGGER no_conversation_deletes BEFORE DELETE ON conversations FOR EACH ROW EXECUTE FUNCTION no_deletes();");
    }

    public ValueTask DisposeAsync() => temp.DisposeAsync();

    private T Store<T>(int instance, Func<PostgresDatabase, T> create)
        where T : class
    {
        lock (stores)
        {
            if (!instances.TryGetValue(instance, out var database))
            {
                database = temp.Open();
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
