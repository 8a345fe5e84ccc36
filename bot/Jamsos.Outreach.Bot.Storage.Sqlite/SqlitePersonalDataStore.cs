using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// A person's data read together (/datasaya), and the /hapus erase: their sign-ups, chat states, payment
/// reminders, kept questions and feedback votes in one durable transaction, then a WAL checkpoint, so no copy of the
/// deleted rows stays in the file or its WAL (secure_delete is on for every connection, see
/// <see cref="SqliteDatabase"/>).
/// </summary>
internal sealed class SqlitePersonalDataStore : IPersonalDataStore
{
    private readonly SqliteDatabase database;

    public SqlitePersonalDataStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public async Task<PersonalDataDeletion> DeletePersonAsync(string channel, string userId, string personHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(personHash);
        var deleted = await database.WriteAsync(
            async (connection, transaction, ct) => new PersonalDataDeletion(
                await SqliteSignUpStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false),
                await SqliteConversationStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false),
                await SqliteUnansweredStore.DeleteByPersonAsync(connection, transaction, personHash, ct).ConfigureAwait(false),
                await SqliteFeedbackStore.DeleteByPersonAsync(connection, transaction, personHash, ct).ConfigureAwait(false),
                await SqliteReminderStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false)),
            cancellationToken).ConfigureAwait(false);

        // secure_delete zeroed the rows in the new pages; the WAL still holds the old ones until a checkpoint.
        await database.TruncateWalAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    public Task<PersonalDataReport> ReadPersonAsync(string channel, string userId, string personHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(personHash);
        return database.ReadAsync(
            async (connection, ct) => new PersonalDataReport(
                await SqliteSignUpStore.ListByUserAsync(connection, channel, userId, ct).ConfigureAwait(false),
                await SqliteFeedbackStore.CountByPersonAsync(connection, personHash, ct).ConfigureAwait(false),
                await SqliteUnansweredStore.ListByPersonAsync(connection, personHash, ct).ConfigureAwait(false),
                await SqliteReminderStore.ListByUserAsync(connection, channel, userId, ct).ConfigureAwait(false)),
            cancellationToken);
    }
}
