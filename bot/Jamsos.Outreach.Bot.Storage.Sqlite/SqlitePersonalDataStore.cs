using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>The /hapus erase: a person's sign-ups, chat states and kept questions in one durable transaction.</summary>
internal sealed class SqlitePersonalDataStore : IPersonalDataStore
{
    private readonly SqliteDatabase database;

    public SqlitePersonalDataStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public Task<PersonalDataDeletion> DeletePersonAsync(string channel, string userId, string personHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(personHash);
        return database.WriteAsync(
            async (connection, transaction, ct) => new PersonalDataDeletion(
                await SqliteSignUpStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false),
                await SqliteConversationStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false),
                await SqliteUnansweredStore.DeleteByPersonAsync(connection, transaction, personHash, ct).ConfigureAwait(false)),
            cancellationToken);
    }
}
