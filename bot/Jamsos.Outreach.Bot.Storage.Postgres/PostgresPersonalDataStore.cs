using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>The /hapus erase: a person's sign-ups, chat states and kept questions in one transaction, whichever instance runs it.</summary>
internal sealed class PostgresPersonalDataStore : IPersonalDataStore
{
    private readonly PostgresDatabase database;

    public PostgresPersonalDataStore(PostgresDatabase database)
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
                await PostgresSignUpStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false),
                await PostgresConversationStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false),
                await PostgresUnansweredStore.DeleteByPersonAsync(connection, transaction, personHash, ct).ConfigureAwait(false)),
            cancellationToken);
    }
}
