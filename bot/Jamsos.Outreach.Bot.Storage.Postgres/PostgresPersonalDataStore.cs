using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// A person's data read together (/datasaya), and the /hapus erase: their sign-ups, chat states, payment
/// reminders, kept questions, feedback votes and their private chat's status and broadcast rows in one transaction, whichever instance runs it.
/// </summary>
/// <remarks>
/// PostgreSQL's equivalent of SQLite's secure_delete is not available: a DELETE only marks the row versions
/// dead, and their bytes stay in the table's pages (and the indexes) until VACUUM, usually autovacuum,
/// reclaims the space and later writes overwrite it; the WAL segments keep the old rows until they are
/// recycled after a checkpoint (and for as long as WAL archives or backups are kept). VACUUM cannot run
/// inside a transaction block, so it is not issued here; operators who must guarantee removal run
/// <c>VACUUM (FULL) signups, conversations, reminders, unanswered, feedback, chat_status, broadcast_recipients</c> on a schedule and keep their backup
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
            async (connection, transaction, ct) =>
            {
                var deletion = new PersonalDataDeletion(
                    await PostgresSignUpStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false),
                    await PostgresConversationStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false),
                    await PostgresUnansweredStore.DeleteByPersonAsync(connection, transaction, personHash, ct).ConfigureAwait(false),
                    await PostgresFeedbackStore.DeleteByPersonAsync(connection, transaction, personHash, ct).ConfigureAwait(false),
                    await PostgresReminderStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false));

                // A private chat's id is its person's user id (Telegram): its reachability row and its rows in past
                // broadcasts name the person too. chat_status.chat_id is a number; a non-numeric user id matches nothing.
                await PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM chat_status WHERE channel = @channel AND chat_id::text = @chat_id;", ct, ("channel", channel), ("chat_id", userId)).ConfigureAwait(false);
                await PostgresDatabase.ExecuteAsync(
                    connection,
                    transaction,
                    "DELETE FROM broadcast_recipients WHERE chat_id = @chat_id AND broadcast_id IN (SELECT id FROM broadcasts WHERE channel = @channel);",
                    ct,
                    ("channel", channel),
                    ("chat_id", userId)).ConfigureAwait(false);
                return deletion;
            },
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
