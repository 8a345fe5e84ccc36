using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// A person's data read together (/datasaya), and the /hapus erase: their sign-ups, chat states, payment
/// reminders, kept questions and feedback votes in one transaction, whichever instance runs it.
/// </summary>
/// <remarks>
/// PostgreSQL's equivalent of SQLite's secure_delete is not available: a DELETE only marks the row versions
/// dead, and their bytes stay in the table's pages (and the indexes) until VACUUM, usually autovacuum,
/// reclaims the space and later writes overwrite it; the WAL segments keep the old rows until they are
/// recycled after a checkpoint (and for as long as WAL archives or backups are kept). VACUUM cannot run
/// inside a transaction block, so it is not issued here; operators who must guarantee removal run
/// <c>VACUUM (FULL) signups, conversations, reminders, unanswered, feedback</c> on a schedule and keep their backup
/// retention within the privacy notice's periods.
/// </remarks>
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
                await PostgresUnansweredStore.DeleteByPersonAsync(connection, transaction, personHash, ct).ConfigureAwait(false),
                await PostgresFeedbackStore.DeleteByPersonAsync(connection, transaction, personHash, ct).ConfigureAwait(false),
                await PostgresReminderStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false)),
            cancellationToken);
    }

    public Task<PersonalDataReport> ReadPersonAsync(string channel, string userId, string personHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(personHash);
        return database.ReadAsync(
            async (connection, ct) => new PersonalDataReport(
                await PostgresSignUpStore.ListByUserAsync(connection, null, channel, userId, ct).ConfigureAwait(false),
                await PostgresFeedbackStore.CountByPersonAsync(connection, null, personHash, ct).ConfigureAwait(false),
                await PostgresUnansweredStore.ListByPersonAsync(connection, null, personHash, ct).ConfigureAwait(false),
                await PostgresReminderStore.ListByUserAsync(connection, null, channel, userId, ct).ConfigureAwait(false)),
            cancellationToken);
    }
}
